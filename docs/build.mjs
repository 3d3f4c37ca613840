// `pnpm run docs`: builds the documentation site into docs/site/ (git-ignored):
// (`pnpm docs` would be pnpm's built-in that opens a package's homepage: always `pnpm run docs`.)
//   docs/site/index.html   the landing page linking everything below
//   docs/site/api/         TypeDoc: the TypeScript API of kaicalls, kaicalls/webhooks, @kaicalls/mock(/server),
//                          with the guides (docs/*.md) and the CLI reference as pages (docs/cli-reference.md,
//                          generated here from the kaicalls binary's --help, git-ignored)
//   docs/site/http/        Redoc: the HTTP API reference rendered from spec/openapi.yaml
// TypeDoc runs with treatWarningsAsErrors, so a warning fails the build.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { collectHelp, defaultBin, renderMarkdown } from './tools/cli-reference.mjs';
import { entryPoints, guides as guideFiles } from './typedoc.config.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const docsDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(docsDir);
const site = join(docsDir, 'site');

const timed = async (label, work) => {
  const start = performance.now();
  const result = await work();
  console.log(`docs: ${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  return result;
};

/** Runs a Node CLI, streaming its output only when it fails (TypeDoc prints every warning as it goes). */
async function node(script, args) {
  try {
    return await run(process.execPath, [script, ...args], { cwd: root, maxBuffer: 1 << 26 });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`docs: ${relative(root, script)} ${args.join(' ')} failed (exit ${error.code})`);
  }
}

async function cliReference() {
  if (!existsSync(defaultBin)) {
    await run('pnpm', ['--filter', '@kaicalls/cli...', 'build'], { cwd: root, maxBuffer: 1 << 26 });
  }
  const { stdout: version } = await run(process.execPath, [defaultBin, '--version']);
  if (!/^\d+\.\d+\.\d+/.test(version)) {
    throw new Error(
      `docs: \`kaicalls --version\` printed ${JSON.stringify(version)}; is ${defaultBin} built and current? Run \`pnpm build\`.`,
    );
  }
  const commands = await collectHelp();
  await writeFile(join(docsDir, 'cli-reference.md'), renderMarkdown(commands, version.trim()));
  return commands.length;
}

async function typedoc() {
  const bin = join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc');
  await node(bin, ['--options', join(docsDir, 'typedoc.config.mjs'), '--logLevel', 'Warn']);
}

/** Every public symbol has a doc comment, and every function, class and method an `@example` (it lists the gaps). */
async function coverage() {
  await node(join(docsDir, 'tools', 'doc-coverage.mjs'), ['--strict']);
}

async function httpReference() {
  const bin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
  const out = join(site, 'http', 'index.html');
  // --inlineBundle: the page must work offline and without Redocly's CDN.
  await node(bin, [
    'build-docs',
    'spec/openapi.yaml',
    '--inlineBundle',
    '--title',
    'KaiCalls HTTP API',
    '-o',
    out,
  ]);
}

/** Front matter `title:` of a Markdown file, else its first heading. */
function titleOf(markdown, fallback) {
  return (
    /^---\n[\s\S]*?^title:\s*(.+)$[\s\S]*?^---$/m.exec(markdown)?.[1]?.trim() ??
    /^# (.+)$/m.exec(markdown)?.[1]?.trim() ??
    fallback
  );
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

async function landingPage() {
  // TypeDoc names each page after its title; link what it actually wrote, and fail if one is missing.
  const pageFor = (dir, pages, name) => {
    const want = `${name.replace(/[^a-z0-9]+/gi, '_')}.html`.toLowerCase();
    const page = pages.find((p) => p.toLowerCase() === want);
    if (!page)
      throw new Error(`docs: TypeDoc wrote no page for "${name}" in ${dir}; it wrote ${pages.join(', ')}`);
    return `api/${dir}/${page}`;
  };
  const pages = await readdir(join(site, 'api', 'documents'));
  const guides = [];
  for (const file of guideFiles) {
    const title = titleOf(await readFile(join(root, file), 'utf8'), file);
    guides.push({ title, href: pageFor('documents', pages, title) });
  }
  const modulePages = await readdir(join(site, 'api', 'modules'));
  const modules = entryPoints().map((entry) => ({
    name: entry.module,
    href: pageFor('modules', modulePages, entry.module),
  }));
  const li = (href, text, note = '') =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a>${note ? ` — ${escapeHtml(note)}` : ''}</li>`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KaiCalls developer documentation</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #1d2433; }
  h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
  p.lead { color: #4a5568; margin-top: 0; } a { color: #2456d6; } li { margin: .3rem 0; }
</style>
</head>
<body>
<main>
<h1>KaiCalls developer documentation</h1>
<p class="lead">The TypeScript SDK (<code>kaicalls</code>), the CLI (<code>@kaicalls/cli</code>) and the mock server (<code>@kaicalls/mock</code>) for the KaiCalls API.</p>
<h2 id="guides">Guides</h2>
<ul>
${guides.map((g) => li(g.href, g.title)).join('\n')}
</ul>
<h2 id="reference">Reference</h2>
<ul>
${li('api/index.html', 'TypeScript API reference', 'kaicalls, kaicalls/webhooks, @kaicalls/mock, @kaicalls/mock/server')}
${modules.map((m) => li(m.href, m.name)).join('\n')}
${li('http/index.html', 'HTTP API reference', 'every operation, schema and webhook event of spec/openapi.yaml')}
</ul>
</main>
</body>
</html>
`;
  await writeFile(join(site, 'index.html'), html);
  return guides.length;
}

async function main() {
  const start = performance.now();
  await rm(site, { recursive: true, force: true });
  // The coverage check needs neither the CLI reference nor TypeDoc's output: it runs alongside both, mostly
  // while the CLI reference waits on `kaicalls --help` processes.
  const checked = timed('doc coverage: every public symbol documented, with an @example', coverage);
  const reference = (async () => {
    const commands = await timed('CLI reference generated from kaicalls --help', cliReference);
    console.log(`docs:   ${commands} commands`);
    await timed('TypeScript API reference and guides (TypeDoc)', typedoc);
  })();
  await Promise.all([checked, reference]);
  await timed('HTTP API reference (Redoc)', httpReference);
  const guides = await timed('landing page', landingPage);
  console.log(`docs:   ${guides} guides`);
  console.log(
    `docs: site built in ${((performance.now() - start) / 1000).toFixed(1)} s: ${relative(process.cwd(), join(site, 'index.html'))}`,
  );
}

await main();
