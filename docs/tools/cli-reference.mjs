// Writes the CLI reference (Markdown) from the `kaicalls` binary itself: it runs `kaicalls --help`, reads the
// command list commander prints, and recurses into every command's `--help`. Nothing here is hand-written, so the
// reference cannot drift from the commands.
//
//   node docs/tools/cli-reference.mjs [--bin packages/cli/dist/bin.js] [--out docs/cli-reference.md]
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultBin = join(root, 'packages', 'cli', 'dist', 'bin.js');

/** Help sections that list options, arguments or examples rather than subcommands. */
const NOT_COMMANDS = /(^|\s)(Options|Arguments|Examples)$/;

/**
 * The subcommand names commander's help text lists: under `Commands:`, or under the custom groups a program
 * defines with `helpGroup` (`Resources:`, `Tools:`, ...).
 * @param {string} help
 * @returns {string[]}
 */
export function parseSubcommands(help) {
  const names = [];
  let inCommands = false;
  for (const line of help.split('\n')) {
    const heading = /^([A-Z][A-Za-z ]*):\s*$/.exec(line);
    if (heading) {
      inCommands = !NOT_COMMANDS.test(heading[1]);
      continue;
    }
    if (!inCommands) continue;
    if (line.trim() === '') {
      inCommands = false;
      continue;
    }
    // An entry starts at the section's indentation; a wrapped description is indented further.
    const name = /^ {2}([a-z][\w-]*)/.exec(line)?.[1];
    if (name && name !== 'help') names.push(name);
  }
  return names;
}

/**
 * Every command's help text, depth first, in the order the CLI lists them.
 * @param {{ bin?: string, concurrency?: number }} [options]
 * @returns {Promise<Array<{ path: string[], help: string }>>}
 */
export async function collectHelp({ bin = defaultBin, concurrency = availableParallelism() + 1 } = {}) {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', KAICALLS_API_KEY: '' };
  // Each help text is a Node process start: run a few at a time, whatever the depth of the command tree.
  let running = 0;
  const waiting = [];
  const slot = async () => {
    if (running >= concurrency) await new Promise((resolve) => waiting.push(resolve));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  const help = async (path) => {
    await slot();
    try {
      const { stdout } = await run(process.execPath, [bin, ...path, '--help'], { env, maxBuffer: 1 << 22 });
      const text = stdout.replace(/\s+$/, '');
      if (!text.startsWith('Usage:')) {
        throw new Error(
          `docs: \`kaicalls ${[...path, '--help'].join(' ')}\` printed no help (${JSON.stringify(text.slice(0, 80))}); is ${bin} built and current? Run \`pnpm build\`.`,
        );
      }
      return text;
    } finally {
      release();
    }
  };
  const walk = async (path) => {
    const text = await help(path);
    const children = await Promise.all(parseSubcommands(text).map((name) => walk([...path, name])));
    return [{ path, help: text }, ...children.flat()];
  };
  return walk([]);
}

/**
 * @param {Array<{ path: string[], help: string }>} commands
 * @param {string} version
 */
export function renderMarkdown(commands, version) {
  const title = (path) => ['kaicalls', ...path].join(' ');
  const anchor = (path) =>
    title(path)
      .replace(/[^a-z0-9]+/gi, '-')
      .toLowerCase();
  const out = [
    '---',
    'title: CLI reference',
    'group: Guides',
    '---',
    '',
    '# CLI reference',
    '',
    `Generated from \`kaicalls --help\` of \`@kaicalls/cli\` ${version}: every command's own help text, so it is`,
    'exactly what the binary prints. Install with `npm install -g @kaicalls/cli`, or run `npx @kaicalls/cli`.',
    '',
    '## Commands',
    '',
    ...commands.map(
      (c) => `${'  '.repeat(Math.max(0, c.path.length - 1))}- [\`${title(c.path)}\`](#${anchor(c.path)})`,
    ),
    '',
  ];
  for (const c of commands) {
    out.push(`## ${title(c.path)}`, '', '```text', c.help, '```', '');
  }
  return out.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args[i + 1];
  };
  const bin = option('--bin', defaultBin);
  const out = option('--out', join(root, 'docs', 'cli-reference.md'));
  const { stdout: version } = await run(process.execPath, [bin, '--version']);
  const commands = await collectHelp({ bin });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, renderMarkdown(commands, version.trim()));
  console.log(`docs: CLI reference of ${commands.length} commands written to ${out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
