// login/logout, profiles, the precedence of credentials, and the config file's permissions.
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMockServer } from '@kaicalls/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, configHome, fakeApi, run } from './helpers.js';

let server: Awaited<ReturnType<typeof startMockServer>>;

beforeAll(async () => {
  server = await startMockServer({ port: 0, speed: 50 });
});
afterAll(() => server?.close());

describe('login and profiles', () => {
  it('reads the key from stdin, checks it, saves it 0600 in a 0700 directory, and uses it', async () => {
    const home = configHome();
    const env = cleanEnv({ XDG_CONFIG_HOME: home });
    const login = await run(['login', '--base-url', server.baseUrl], { env, input: `${server.testKey}\n` });
    expect(login.code, login.stderr).toBe(0);
    expect(login.stderr).toContain(
      `Saved kc_test_…${server.testKey.slice(-4)} (verified) to profile "default"`,
    );
    expect(login.stderr + login.stdout).not.toContain(server.testKey);
    const file = join(home, 'kaicalls', 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'kaicalls')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles.default).toEqual({
      api_key: server.testKey,
      base_url: server.baseUrl,
    });

    const list = await run(['calls', 'list', '--limit', '1'], { env });
    expect(list.code, list.stderr).toBe(0);

    const logout = await run(['logout'], { env });
    expect(logout.code).toBe(0);
    const after = await run(['calls', 'list'], { env });
    expect(after.code).toBe(3);
  });

  it('a key with the kc_test_ prefix but cut short is not told that keys look like kc_test_…', async () => {
    const env = cleanEnv({ XDG_CONFIG_HOME: configHome() });
    const { code, stderr } = await run(['login', '--no-verify'], { env, input: 'kc_test_abc\n' });
    expect(code).toBe(2);
    expect(stderr).toContain('starts like a KaiCalls API key but is not a whole one');
    expect(stderr).not.toContain('keys look like');
  });

  it('refuses a key the API rejects, and saves nothing', async () => {
    const home = configHome();
    const env = cleanEnv({ XDG_CONFIG_HOME: home });
    const bad = 'kc_test_notarealkey000000000000wxyz';
    const login = await run(['login', '--base-url', server.baseUrl], { env, input: bad });
    expect(login.code).toBe(3);
    expect(login.stderr).toContain('kc_test_…wxyz');
    expect(login.stderr).not.toContain(bad);
    expect(() => statSync(join(home, 'kaicalls', 'config.json'))).toThrow();
  });

  it('precedence: --api-key over KAICALLS_API_KEY over the profile; --profile picks a profile', async () => {
    const home = configHome();
    const bad = 'kc_test_rejectedkey00000000000000bad1';
    const base = { XDG_CONFIG_HOME: home, KAICALLS_BASE_URL: server.baseUrl };
    await run(['login', '--profile', 'work', '--no-verify'], { env: cleanEnv(base), input: server.testKey });
    // The profile's key works...
    expect((await run(['calls', 'list', '--profile', 'work'], { env: cleanEnv(base) })).code).toBe(0);
    // ...the environment variable beats it...
    const envWins = await run(['calls', 'list', '--profile', 'work'], {
      env: cleanEnv({ ...base, KAICALLS_API_KEY: bad }),
    });
    expect(envWins.code).toBe(3);
    expect(envWins.stderr).toContain('KAICALLS_API_KEY');
    // ...and the flag beats the environment variable.
    const flagWins = await run(['calls', 'list', '--api-key', server.testKey], {
      env: cleanEnv({ ...base, KAICALLS_API_KEY: bad }),
    });
    expect(flagWins.code).toBe(0);
    // Another profile has no key.
    const other = await run(['calls', 'list', '--profile', 'other'], { env: cleanEnv(base) });
    expect(other.code).toBe(3);
    expect(other.stderr).toContain('kaicalls login --profile other');
  });
});

describe('a config file others can write is refused', () => {
  /** A config whose profile sends the key to `baseUrl`, in a fresh config home. */
  function configWith(baseUrl: string) {
    const home = configHome();
    const dir = join(home, 'kaicalls');
    const file = join(dir, 'config.json');
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o700);
    writeFileSync(
      file,
      JSON.stringify({ profiles: { default: { api_key: server.testKey, base_url: baseUrl } } }),
      {
        mode: 0o600,
      },
    );
    chmodSync(file, 0o600);
    return { env: cleanEnv({ XDG_CONFIG_HOME: home }), dir, file };
  }

  /** `login` is refused (exit 5) and leaves `file` as it was; after `fix`, a command uses the config (one request). */
  async function expectLoginRefusedUntil(
    env: NodeJS.ProcessEnv,
    file: string,
    api: { requests: unknown[] },
    fix: () => void,
  ): Promise<void> {
    const before = readFileSync(file, 'utf8');
    const login = await run(['login', '--no-verify'], { env, input: server.testKey });
    expect(login.code).toBe(5);
    expect(readFileSync(file, 'utf8')).toBe(before);
    fix();
    const used = await run(['calls', 'list'], { env });
    expect(used.code, used.stderr).toBe(0);
    expect(api.requests).toHaveLength(1);
  }

  it.each([
    ['the file, group-writable', 'file', 0o660, 'chmod 600'],
    ['the file, world-writable', 'file', 0o646, 'chmod 600'],
    ['the directory, group-writable', 'dir', 0o770, 'chmod 700'],
    ['the directory, world-writable', 'dir', 0o777, 'chmod 700'],
  ] as const)(
    '%s: exit 5, says how to fix it, sends nothing; fixed, it is used',
    async (_, which, mode, fix) => {
      // Another user rewrote base_url: the key would go to their host.
      const api = await fakeApi(() => ({ body: { data: [], has_more: false, next_cursor: null } }));
      try {
        const { env, dir, file } = configWith(api.baseUrl);
        const path = which === 'file' ? file : dir;
        chmodSync(path, mode);
        const refused = await run(['calls', 'list'], { env });
        expect(refused.code).toBe(5);
        expect(refused.stderr).toContain(`Refusing to use the config file ${file}`);
        expect(refused.stderr).toContain(`${fix} ${path}`);
        expect(refused.stderr).not.toContain(server.testKey);
        expect(api.requests).toEqual([]);
        // login refuses too, and leaves the file as it was; fixed, the config is used.
        await expectLoginRefusedUntil(env, file, api, () =>
          chmodSync(path, which === 'file' ? 0o600 : 0o700),
        );
      } finally {
        await api.close();
      }
    },
  );

  it('a directory above it others can write (XDG_CONFIG_HOME at 777): exit 5, names it and the fix, sends nothing', async () => {
    const api = await fakeApi(() => ({ body: { data: [], has_more: false, next_cursor: null } }));
    try {
      const { env, file } = configWith(api.baseUrl);
      const home = env.XDG_CONFIG_HOME as string;
      chmodSync(home, 0o777);
      const refused = await run(['calls', 'list'], { env });
      expect(refused.code).toBe(5);
      expect(refused.stderr).toContain(`Refusing to use the config file ${file}`);
      expect(refused.stderr).toContain(
        `the directory ${home} above it is writable by its group and every user (mode 777)`,
      );
      expect(refused.stderr).toContain(`chmod go-w ${home}`);
      expect(refused.stderr).not.toContain(server.testKey);
      expect(api.requests).toEqual([]);
      // login would write the key there: refused too. Sticky, like /tmp (which every other test's config
      // sits under), others cannot swap it, so it is used.
      await expectLoginRefusedUntil(env, file, api, () => chmodSync(home, 0o1777));
    } finally {
      await api.close();
    }
  });

  it('login into a new config below a directory others can write is refused, and writes nothing', async () => {
    const home = configHome();
    chmodSync(home, 0o770);
    const env = cleanEnv({ XDG_CONFIG_HOME: home });
    const login = await run(['login', '--no-verify'], { env, input: server.testKey });
    expect(login.code).toBe(5);
    expect(login.stderr).toContain(`the directory ${home} above it is writable by its group (mode 770)`);
    expect(login.stderr).toContain(`chmod go-w ${home}`);
    expect(existsSync(join(home, 'kaicalls', 'config.json'))).toBe(false);
  });

  // Only root can give a file away (CI and this machine run tests as root).
  it.skipIf(process.getuid?.() !== 0).each([
    ['the file', 'file'],
    ['the directory', 'dir'],
  ] as const)(
    '%s owned by another user, mode 600/700: exit 5, sends nothing; given back, it is used',
    async (_, which) => {
      const api = await fakeApi(() => ({ body: { data: [], has_more: false, next_cursor: null } }));
      try {
        const { env, dir, file } = configWith(api.baseUrl);
        const path = which === 'file' ? file : dir;
        chownSync(path, 4242, 4242);
        const refused = await run(['calls', 'list'], { env });
        expect(refused.code).toBe(5);
        expect(refused.stderr).toContain('belongs to another user (uid 4242)');
        expect(refused.stderr).toContain(`chown 0 ${path}`);
        expect(api.requests).toEqual([]);
        chownSync(path, 0, 0);
        const used = await run(['calls', 'list'], { env });
        expect(used.code, used.stderr).toBe(0);
        expect(api.requests).toHaveLength(1);
      } finally {
        await api.close();
      }
    },
  );
});

describe('a directory above the config owned by another user', () => {
  it.skipIf(process.getuid?.() !== 0)('is refused (exit 5, chown hint); given back, it is used', async () => {
    const api = await fakeApi(() => ({ body: { data: [], has_more: false, next_cursor: null } }));
    try {
      const home = configHome();
      mkdirSync(join(home, 'kaicalls'), { mode: 0o700 });
      const file = join(home, 'kaicalls', 'config.json');
      writeFileSync(
        file,
        JSON.stringify({ profiles: { default: { api_key: server.testKey, base_url: api.baseUrl } } }),
        {
          mode: 0o600,
        },
      );
      chownSync(home, 4242, 4242);
      const env = cleanEnv({ XDG_CONFIG_HOME: home });
      const refused = await run(['calls', 'list'], { env });
      expect(refused.code).toBe(5);
      expect(refused.stderr).toContain(`the directory ${home} above it belongs to another user (uid 4242)`);
      expect(refused.stderr).toContain(`chown 0 ${home}`);
      expect(api.requests).toEqual([]);
      chownSync(home, 0, 0);
      const used = await run(['calls', 'list'], { env });
      expect(used.code, used.stderr).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe.concurrent('profile names', () => {
  it.each([
    ['__proto__', 'that name is reserved'],
    ['constructor', 'that name is reserved'],
    ['toString', 'that name is reserved'],
    ['', 'use letters, digits'],
    ['a/b', 'use letters, digits'],
    ['../evil', 'use letters, digits'],
    ['my profile', 'use letters, digits'],
    ['-x', 'use letters, digits'],
  ])('login --profile %j: exit 2, a clear error, nothing saved', async (name, why) => {
    const home = configHome();
    const env = cleanEnv({ XDG_CONFIG_HOME: home });
    const login = await run(['login', '--no-verify', `--profile=${name}`], { env, input: server.testKey });
    expect(login.code, login.stderr).toBe(2);
    expect(login.stderr).toContain(`Invalid profile name ${JSON.stringify(name)}: ${why}`);
    expect(login.stderr).not.toContain('Saved');
    expect(existsSync(join(home, 'kaicalls', 'config.json'))).toBe(false);
  });

  it('KAICALLS_PROFILE and --profile are checked when a command reads the config', async () => {
    const home = configHome();
    const base = { XDG_CONFIG_HOME: home, KAICALLS_BASE_URL: server.baseUrl };
    const fromEnv = await run(['calls', 'list'], {
      env: cleanEnv({ ...base, KAICALLS_PROFILE: 'constructor' }),
    });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain('Invalid profile name "constructor"');
    const fromFlag = await run(['listen', '--print-secret', '--profile', '__proto__'], {
      env: cleanEnv(base),
    });
    expect(fromFlag.code).toBe(2);
    expect(existsSync(join(home, 'kaicalls', 'config.json'))).toBe(false);
  });

  it('a valid name saves and is used: ci-staging_2', async () => {
    const home = configHome();
    const env = cleanEnv({ XDG_CONFIG_HOME: home, KAICALLS_BASE_URL: server.baseUrl });
    const login = await run(['login', '--no-verify', '--profile', 'ci-staging_2'], {
      env,
      input: server.testKey,
    });
    expect(login.code, login.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(join(home, 'kaicalls', 'config.json'), 'utf8'));
    expect(Object.keys(saved.profiles)).toEqual(['ci-staging_2']);
    expect((await run(['calls', 'list', '--profile', 'ci-staging_2'], { env })).code).toBe(0);
  });
});

describe.concurrent('basics', () => {
  it('--version and --help', async () => {
    const version = await run(['--version']);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version,
    );
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Resources:');
    expect(help.stdout).toContain('sms-messages');
    const sub = await run(['calls', 'create', '--help']);
    expect(sub.stdout).toContain('Examples:');
    expect(sub.stdout).toContain('--agent-id <id>');
  });

  it('completion scripts for bash, zsh and fish', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, stdout } = await run(['completion', shell]);
      expect(code).toBe(0);
      expect(stdout).toContain('list-config-versions');
      expect(stdout).toContain('kaicalls');
    }
    expect((await run(['completion', 'tcsh'])).code).toBe(2);
  });
});
