// Packs the three public packages as they would be published (`pnpm pack`), checks what each tarball holds,
// lints them (publint, attw), installs them with npm into a fresh app outside the workspace (no links), and
// runs that app: an ESM consumer, a CommonJS consumer, the mock in-process from ESM and an app's Jest 30 tests
// (CommonJS with ts-jest and the preset, and a "type": "module" project in Jest's ESM mode) on Node 20, 22 and
// 24 (the registry's binaries, test/runtimes), again with msw 3 instead of msw 2 where msw 3 runs (Node 22
// and 24), TypeScript consumers (node10, node16 ESM and CommonJS, and bundler resolution,
// exactOptionalPropertyTypes on and off) and the `kaicalls` binary against the mock server on each Node.
// Needs the packages built (`pnpm build`).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.js';
import { runtime } from '../runtimes/runtimes.js';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const packages = [
  { dir: 'packages/sdk', name: 'kaicalls' },
  { dir: 'packages/mock', name: '@kaicalls/mock' },
  { dir: 'packages/cli', name: '@kaicalls/cli' },
] as const;
type PackageName = (typeof packages)[number]['name'];

const manifest = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
// The msw versions the mock's peer range promises: the workspace's msw 2, and msw 3 (Node >= 22.12).
const MSW_2 = (readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').match(/^ {2}msw: (\S+)$/m) ?? [])[1]!;
const MSW_3 = '3.0.5';
// The Jest an app installs for its tests, at the versions the Jest example pins.
const jestExample = manifest('examples/testing-with-jest').devDependencies;
const JEST = [
  `jest@${jestExample.jest}`,
  `ts-jest@${jestExample['ts-jest']}`,
  `@types/jest@${jestExample['@types/jest']}`,
  `typescript@${JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version}`,
];
const nodes = [
  { name: 'Node 20', bin: process.execPath, msw3: false },
  { name: 'Node 22', bin: runtime('node22'), msw3: true },
  { name: 'Node 24', bin: runtime('node24'), msw3: true },
];

async function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  try {
    return await exec(file, args, {
      ...options,
      maxBuffer: 1 << 26,
      env: { ...process.env, ...options.env },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`);
  }
}

/** `npm install` of `specs` into the app at `dir`, quietly, with no lock file. */
function npmInstall(dir: string, ...specs: string[]) {
  const flags = ['--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
  return run('npm', ['install', ...flags, ...specs], {
    cwd: dir,
    env: { npm_config_update_notifier: 'false' },
  });
}

let work: string;
let app: string;
let appMsw3: string;
const tarballs = {} as Record<PackageName, string>;
const contents = {} as Record<PackageName, string[]>;

beforeAll(async () => {
  // The versions the README's compatibility matrix names for this run.
  console.log(
    `packaging: Node ${process.versions.node} (the machine's), msw ${MSW_2} and ${MSW_3}, ${JEST.join(', ')}`,
  );
  ensureBuilt(...packages.map((p) => p.dir));
  work = mkdtempSync(join(tmpdir(), 'kaicalls-packaging-'));
  const packed = join(work, 'tarballs');
  await Promise.all(
    packages.map(async ({ dir, name }) => {
      const { stdout } = await run('pnpm', ['pack', '--pack-destination', packed], { cwd: join(root, dir) });
      const tarball = stdout.trim().split('\n').at(-1)!;
      tarballs[name] = tarball;
      const { stdout: list } = await run('tar', ['-tzf', tarball], { cwd: work });
      contents[name] = list.trim().split('\n').sort();
    }),
  );

  // A fresh app in the system temp dir: no pnpm workspace above it, so only what npm installs resolves.
  // The three tarballs go in together, so @kaicalls/cli's `kaicalls` and `@kaicalls/mock` resolve to them.
  app = join(work, 'app');
  cpSync(join(import.meta.dirname, 'consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  await npmInstall(
    app,
    ...packages.map((p) => tarballs[p.name]),
    // msw is an optional peer of @kaicalls/mock: an app that uses the handlers installs its own.
    `msw@${MSW_2}`,
    // For the app's Jest tests (consumer/jest-*); installed with the rest, so it costs no install of its own.
    ...JEST,
  );
  // The same app on msw 3: the mock's handlers must use the app's msw, not a copy of their own.
  appMsw3 = join(work, 'app-msw3');
  cpSync(app, appMsw3, { recursive: true, verbatimSymlinks: true });
  await npmInstall(appMsw3, `msw@${MSW_3}`);
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

// Each check is its own process and independent of the others: run them side by side.
describe.concurrent.each(packages)('the $name tarball', ({ dir, name }) => {
  it('holds only what users need: the build, its binaries, the manifest and the docs', () => {
    const files = contents[name];
    const bins = Object.values<string>(manifest(dir).bin ?? {}).map(
      (file) => `package/${file.replace(/^\.\//, '')}`,
    );
    const unexpected = files.filter(
      (file) =>
        !bins.includes(file) &&
        !/^package\/(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.md)?)$/.test(file) &&
        !/^package\/dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/.test(file) &&
        // @kaicalls/mock's Jest preset and its transform (the `./jest-preset` export).
        !(name === '@kaicalls/mock' && /^package\/jest\/[\w-]+\.cjs$/.test(file)) &&
        // The spec the mock ships, for tools that read it at run time.
        !(name === '@kaicalls/mock' && /^package\/generated\/openapi\.(json|yaml)$/.test(file)),
    );
    expect(unexpected, `unexpected files in ${name}`).toEqual([]);
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
    expect(files).toContain('package/package.json');
  });

  it('contains every file its exports and bin point to', () => {
    const pkg = manifest(dir);
    const targets: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    collect(pkg.bin);
    for (const field of ['main', 'module', 'types']) if (pkg[field]) targets.push(pkg[field]);
    for (const target of targets) expect(contents[name]).toContain(`package/${target.replace(/^\.\//, '')}`);
  });

  it('the published manifest has no workspace: ranges and no dev-only fields', async () => {
    const { stdout } = await run('tar', ['-xzOf', tarballs[name], 'package/package.json'], { cwd: work });
    const published = JSON.parse(stdout);
    expect(JSON.stringify(published.dependencies ?? {})).not.toContain('workspace:');
    expect(published.version).toBe(manifest(dir).version);
  });

  it('names no private workspace package: the contract package is bundled, code and types', async () => {
    const built = contents[name].filter((file) => file.startsWith('package/dist/'));
    const { stdout } = await run('tar', ['-xzOf', tarballs[name], ...built], { cwd: work });
    expect(stdout).not.toContain('@kaicalls/contract');
    // devDependencies are never installed for a consumer; what a consumer installs must not name it.
    const { stdout: json } = await run('tar', ['-xzOf', tarballs[name], 'package/package.json'], {
      cwd: work,
    });
    const published = JSON.parse(json);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
      expect(Object.keys(published[field] ?? {})).not.toContain('@kaicalls/contract');
  });

  it('its README links only to absolute URLs or its own anchors (npm shows it outside the repository)', async () => {
    const { stdout: readme } = await run('tar', ['-xzOf', tarballs[name], 'package/README.md'], {
      cwd: work,
    });
    const targets = [...readme.matchAll(/\]\(([^)\s]+)[^)]*\)|^\[[^\]]+\]:\s*(\S+)/gm)].map(
      (m) => m[1] ?? m[2]!,
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https?:\/\/|mailto:|#)/.test(target))).toEqual([]);
  });

  it("ships each declaration once, unless it imports a package (msw) that must resolve in the consumer's format", async () => {
    const dts = contents[name].filter((file) => /^package\/dist\/[^/]+\.d\.c?ts$/.test(file));
    if (dts.length === 0) return;
    const text = new Map<string, string>();
    for (const file of dts) {
      const { stdout } = await run('tar', ['-xzOf', tarballs[name], file], { cwd: work });
      text.set(file.slice('package/dist/'.length), stdout.replace(/\/\*[\s\S]*?\*\//g, ''));
    }
    const imports = (file: string) =>
      [...(text.get(file) ?? '').matchAll(/\b(?:from|import)\s+'([^']+)'/g)].map((m) => m[1]!);
    // Whether a declaration reaches a package (Node's built-ins aside) through its imports.
    const needsFormat = (file: string, seen = new Set<string>()): boolean => {
      if (seen.has(file)) return false;
      seen.add(file);
      return imports(file).some((specifier) =>
        specifier.startsWith('./')
          ? needsFormat(
              specifier
                .slice(2)
                .replace(/\.js$/, '.d.ts')
                .replace(/\.cjs$/, '.d.cts'),
              seen,
            )
          : !specifier.startsWith('node:'),
      );
    };
    const twice = [...text.keys()].filter(
      (file) =>
        file.endsWith('.d.ts') &&
        text.get(file) !== `export * from './${file.slice(0, -5)}.cjs';\n` &&
        !needsFormat(file),
    );
    expect(twice, 'declarations shipped as .d.ts beside their .d.cts').toEqual([]);
  });

  it('passes publint --strict', { timeout: 60_000 }, async () => {
    const { stdout } = await run(bin('publint'), ['run', '--strict', tarballs[name]], { cwd: work });
    expect(stdout).not.toMatch(/error|warning/i);
  });
});

describe.concurrent.each(packages.filter((p) => p.name !== '@kaicalls/cli'))(
  'the $name types',
  ({ name }) => {
    it('pass @arethetypeswrong/cli (node10, node16 and bundler resolution, ESM and CJS)', {
      timeout: 60_000,
    }, async () => {
      // The strict profile, node10 included: typesVersions give node10 the subpaths' types.
      // The mock's Jest preset is a config file for Jest, and `./openapi.json` is the spec as data: neither
      // has types to resolve.
      const exclude =
        name === '@kaicalls/mock' ? ['--exclude-entrypoints', './jest-preset', './openapi.json'] : [];
      const { stdout } = await run(
        bin('attw'),
        [tarballs[name], ...exclude, '--format', 'table-flipped', '--no-color'],
        { cwd: work },
      );
      expect(stdout).not.toContain('does not contain types');
      expect(stdout).toContain('No problems found');
    });
  },
);

/** Bytes of every file below `dir/below` (apparent sizes, as npm writes them) and the packages it holds. */
function installed(dir: string, below = 'node_modules'): { bytes: number; packages: string[] } {
  let bytes = 0;
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) {
        bytes += statSync(child).size;
        if (entry.name === 'package.json' && /node_modules\/(@[^/]+\/)?[^/@]+$/.test(path)) found.push(path);
      }
    }
  };
  walk(join(dir, below));
  return { bytes, packages: found.map((path) => path.slice(path.lastIndexOf('node_modules/') + 13)).sort() };
}

describe('kaicalls installed alone', () => {
  it('takes at most 0.5 MB with at most 3 packages (resend 6.38 takes 0.97 MB)', {
    timeout: 120_000,
  }, async () => {
    const alone = join(work, 'sdk-alone');
    mkdirSync(alone);
    writeFileSync(
      join(alone, 'package.json'),
      JSON.stringify({ name: 'alone', private: true, version: '1.0.0' }),
    );
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tarballs.kaicalls],
      { cwd: alone, env: { npm_config_update_notifier: 'false' } },
    );
    const { bytes, packages: names } = installed(alone);
    expect(names).toContain('kaicalls');
    expect(names.length, `installed: ${names.join(', ')}`).toBeLessThanOrEqual(3);
    expect(
      bytes,
      `kaicalls installs ${(bytes / 1e6).toFixed(2)} MB: ${names.join(', ')}`,
    ).toBeLessThanOrEqual(500_000);
  });
});

describe('@kaicalls/mock installed', () => {
  // It took 3.83 MB when its 381 KB chunk of types shipped twice (.d.ts and .d.cts); the 321 KB of wire types
  // in it now ship once.
  it('takes at most 3.55 MB of its own (its dependencies, ajv and ajv-formats, aside)', () => {
    const { bytes } = installed(join(app, 'node_modules', '@kaicalls'), 'mock');
    console.log(`@kaicalls/mock installs ${bytes} bytes of its own`);
    expect(bytes, `@kaicalls/mock installs ${(bytes / 1e6).toFixed(2)} MB`).toBeLessThanOrEqual(3_550_000);
  });
});

describe.concurrent('a fresh npm app with the three tarballs installed', () => {
  it('installed the packages from the tarballs, not links', () => {
    for (const { name } of packages) {
      const installed = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
      expect(installed.version).toBe(manifest(packages.find((p) => p.name === name)!.dir).version);
    }
    // Exactly one copy of each: the CLI's dependencies resolved to the tarballs installed beside it.
    expect(existsSync(join(app, 'node_modules', '@kaicalls', 'cli', 'node_modules', 'kaicalls'))).toBe(false);
  });

  it("installs msw once, the app's own, beside the mock (a peer, not a nested copy)", () => {
    expect(existsSync(join(app, 'node_modules', '@kaicalls', 'mock', 'node_modules', 'msw'))).toBe(false);
    expect(existsSync(join(appMsw3, 'node_modules', '@kaicalls', 'mock', 'node_modules', 'msw'))).toBe(false);
    const version = (dir: string) =>
      JSON.parse(readFileSync(join(dir, 'node_modules', 'msw', 'package.json'), 'utf8')).version;
    expect([version(app), version(appMsw3)]).toEqual([MSW_2, MSW_3]);
  });

  describe.each(
    nodes.flatMap((node) => [
      { ...node, msw: MSW_2, dir: () => app },
      ...(node.msw3 ? [{ ...node, msw: MSW_3, dir: () => appMsw3 }] : []),
    ]),
  )('$name with msw $msw', ({ bin, dir }) => {
    it('an ESM consumer calls the mock server over HTTP and verifies a signed webhook', async () => {
      const { stdout } = await run(bin, ['esm.mjs'], { cwd: dir() });
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(result).toMatchObject({
        status: 'completed',
        hasSummary: true,
        notFound: 404,
        webhook: 'call.completed',
      });
      expect(result.created).toMatch(/^call_/);
      expect(result.operations).toBeGreaterThan(50);
    }, 60_000);

    it('a CommonJS consumer requires every entry point and runs the mock in-process (setupServer, then close)', async () => {
      const { stdout } = await run(bin, ['cjs.cjs'], { cwd: dir() });
      expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
        status: 'busy',
        base: true,
        reason: 'missing_header',
        server: 'function',
        closed: true,
      });
    }, 60_000);

    it("an ESM consumer runs the mock in-process (setupServer): one SDK call and a call's timeline streamed", async () => {
      const { stdout } = await run(bin, ['inprocess.mjs'], { cwd: dir() });
      const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(result).toMatchObject({ status: 'completed', first: 'call.queued', ended: true });
      expect(result.events).toBeGreaterThan(5);
    }, 60_000);

    // An app's own Jest tests against the installed packages: CommonJS TypeScript through ts-jest with the
    // mock's preset, and a "type": "module" project in Jest's ESM mode with no preset.
    it.each([
      { project: 'jest-cjs', env: {} },
      { project: 'jest-esm', env: { NODE_OPTIONS: '--experimental-vm-modules' } },
    ])(
      "Jest 30 runs the app's tests in $project",
      async ({ project, env }) => {
        const jest = join(dir(), 'node_modules', 'jest', 'bin', 'jest.js');
        const { stdout } = await run(bin, [jest, '--ci', '--json'], { cwd: join(dir(), project), env });
        expect(JSON.parse(stdout)).toMatchObject({
          success: true,
          numFailedTests: 0,
          numPassedTests: 2,
          numTotalTestSuites: 1,
        });
      },
      90_000,
    );
  });

  it.each(
    ['node10', 'node16', 'node16-cjs', 'bundler'].flatMap((mode) => [
      { mode, exact: true },
      { mode, exact: false },
    ]),
  )(
    'a TypeScript consumer type-checks with moduleResolution $mode, exactOptionalPropertyTypes $exact',
    async ({ mode, exact }) => {
      await run(
        process.execPath,
        [
          join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
          '-p',
          `tsconfig.${mode}.json`,
          '--exactOptionalPropertyTypes',
          String(exact),
          // The declarations themselves are checked once per resolution, under the stricter setting; the mock's
          // CommonJS consumer always skips them: msw's CommonJS declarations import the ESM-only `rettime`
          // (TS1479 under node16), which is msw's to fix.
          '--skipLibCheck',
          String(mode === 'node16-cjs' || !exact),
        ],
        { cwd: app },
      );
    },
    60_000,
  );

  describe('the kaicalls binary', () => {
    let mockProcess: ChildProcess;
    let baseUrl: string;
    let testKey: string;
    // The installed binary's entry, run by each Node (its shebang would pick the machine's).
    const entry = () => join(app, 'node_modules', '@kaicalls', 'cli', 'bin', 'kaicalls.js');

    beforeAll(async () => {
      // The installed mock server's own binary, on a free port.
      mockProcess = spawn(
        join(app, 'node_modules', '.bin', 'kaicalls-mock'),
        ['--port', '0', '--speed', '100'],
        {
          cwd: app,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`kaicalls-mock did not start:\n${output}`)), 20_000);
        const onData = (chunk: Buffer) => {
          output += chunk;
          const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
          const key = /(kc_test_\w+)/.exec(output)?.[1];
          if (url && key) {
            clearTimeout(timer);
            baseUrl = url;
            testKey = key;
            resolve();
          }
        };
        mockProcess.stdout!.on('data', onData);
        mockProcess.stderr!.on('data', onData);
        mockProcess.on('exit', (code) => reject(new Error(`kaicalls-mock exited with ${code}:\n${output}`)));
      });
    }, 30_000);

    afterAll(() => {
      mockProcess?.kill('SIGTERM');
    });

    it('runs from its shebang (`node_modules/.bin/kaicalls`)', async () => {
      const { stdout } = await run(join(app, 'node_modules', '.bin', 'kaicalls'), ['--version'], {
        cwd: app,
      });
      expect(stdout.trim()).toBe(manifest('packages/cli').version);
    });

    describe.each(nodes)('on $name', ({ bin: node }) => {
      const kaicalls = (args: string[], env: NodeJS.ProcessEnv = {}) =>
        run(node, [entry(), ...args], { cwd: app, env: { NO_COLOR: '1', ...env } });

      it('--version prints the package version', async () => {
        const { stdout } = await kaicalls(['--version']);
        expect(stdout.trim()).toBe(manifest('packages/cli').version);
      });

      it('places a call against the mock and waits for its outcome', async () => {
        const env = { KAICALLS_API_KEY: testKey, KAICALLS_BASE_URL: baseUrl };
        const { stdout: agentsJson } = await kaicalls(['agents', 'list', '--json'], env);
        const agents = JSON.parse(agentsJson);
        const agentId = (Array.isArray(agents) ? agents : agents.data)[0].id;
        const { stdout } = await kaicalls(
          ['calls', 'create', '--agent-id', agentId, '--to', '+15005550100', '--wait', '--json'],
          env,
        );
        const call = JSON.parse(stdout);
        expect(call).toMatchObject({ status: 'completed', agent_id: agentId });
      }, 60_000);
    });
  });
});
