// Shell completion run by a real bash: commands, flags, and the values of a flag that takes one of a set
// (`--status <TAB>`); `--install` puts the script where each shell loads it, once.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper without types
import { loadSpec } from '../../../scripts/generate/spec.mjs';
import { cleanEnv, run } from './helpers.js';

const exec = promisify(execFile);
const spec = await loadSpec(new URL('../../..', import.meta.url).pathname);
const callStatuses: string[] = spec.components.schemas.CallStatus.enum;

/** What bash offers for the words of a command line, the last being the one being completed. */
async function complete(script: string, words: string[]): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'kaicalls-completion-')), 'kaicalls.bash');
  writeFileSync(file, script);
  const line = words.map((w) => `'${w}'`).join(' ');
  const { stdout } = await exec('bash', [
    '-c',
    `source '${file}'; COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _kaicalls; printf '%s\\n' "\${COMPREPLY[@]}"`,
  ]);
  return stdout.split('\n').filter(Boolean);
}

const zshPath = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v zsh']).toString().trim() || null;
  } catch {
    return null;
  }
})();

/**
 * What a real zsh offers for `words` (the last being completed), as a user's interactive zsh sets it up:
 * `-i` reads `$ZDOTDIR/.zshrc` (the one `--install` wrote, or one line `source <(…)`), and no other rc file.
 * Then the completer the setup registered for kaicalls (`$_comps[kaicalls]`, what TAB runs) is called with
 * zsh's `words`, `CURRENT` and `PREFIX` as the completion widget sets them; `compadd` prints the matches
 * it is given that start with PREFIX (zsh's bash layer leaves that matching to compadd, as TAB does).
 */
async function completeInZsh(zdotdir: string, words: string[]): Promise<string[]> {
  const line = words.map((w) => `'${w}'`).join(' ');
  const { stdout, stderr } = await exec(
    zshPath!,
    [
      '-d',
      '-i',
      '-c',
      `[[ -n $_comps[kaicalls] ]] || { print -u2 "no completer for kaicalls"; exit 1 }
compadd() { local i=\${@[(i)-]}; local -a m=(\${(M)@[i+1,-1]:#\${PREFIX}*}); (( $#m )) && print -rl -- $m; (( $#m )) }
words=(${line}); CURRENT=${words.length}; PREFIX=$words[CURRENT]
eval "$_comps[kaicalls]"`,
    ],
    { env: { ...cleanEnv({ ZDOTDIR: zdotdir, HOME: zdotdir }), PATH: process.env.PATH }, timeout: 20_000 },
  ).catch((error: { stdout: string; stderr: string }) => {
    throw new Error(`zsh failed: ${error.stderr}`);
  });
  expect(stderr).toBe('');
  return stdout.split('\n').filter(Boolean);
}

describe('kaicalls completion', () => {
  it('bash completes a flag’s values from its choices, then flags and commands as before', async () => {
    const { stdout: script } = await run(['completion', 'bash']);

    // The choices are the spec's, in its order.
    expect(await complete(script, ['kaicalls', 'calls', 'list', '--status', ''])).toEqual(callStatuses);
    expect(await complete(script, ['kaicalls', 'calls', 'list', '--status', 'c'])).toEqual([
      'completed',
      'canceled',
    ]);
    expect(await complete(script, ['kaicalls', 'calls', 'list', '--direction', ''])).toEqual([
      'outbound',
      'inbound',
    ]);
    expect(await complete(script, ['kaicalls', 'calls', 'li'])).toEqual(['list', 'list-events']);
    // The stream operations and the hand-written watch, listen's flags.
    expect(await complete(script, ['kaicalls', 'calls', 'wa'])).toEqual(['wait', 'watch']);
    expect(await complete(script, ['kaicalls', 'events', 'st'])).toEqual(['stream']);
    expect(await complete(script, ['kaicalls', 'listen', '--fr'])).toEqual(['--from-now']);
    expect(await complete(script, ['kaicalls', 'calls', 'watch', 'call_1', '--ti'])).toEqual(['--timeout']);
    expect(await complete(script, ['kaicalls', 'calls', 'list', '--lim'])).toEqual(['--limit']);
  });

  it('fish offers the values of a flag that takes one of a set', async () => {
    const { stdout } = await run(['completion', 'fish']);

    expect(stdout).toMatch(/-l 'status' -x -a 'queued ringing in-progress completed/);
  });

  it('--install writes each shell’s script where it loads it, and adds the zsh line only once', async () => {
    const home = mkdtempSync(join(tmpdir(), 'kaicalls-home-'));
    const env = cleanEnv({
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
    });

    const bash = await run(['completion', 'bash', '--install'], { env });
    const fish = await run(['completion', 'fish', '--install'], { env });
    await run(['completion', 'zsh', '--install'], { env });
    const zsh = await run(['completion', 'zsh', '--install'], { env });

    expect([bash.code, fish.code, zsh.code]).toEqual([0, 0, 0]);
    const bashFile = join(home, 'data', 'bash-completion', 'completions', 'kaicalls');
    expect(bash.stdout).toContain(bashFile);
    expect(readFileSync(bashFile, 'utf8')).toContain('complete -o default -F _kaicalls kaicalls');
    expect(readFileSync(join(home, 'config', 'fish', 'completions', 'kaicalls.fish'), 'utf8')).toContain(
      'complete -c kaicalls',
    );
    const zshrc = readFileSync(join(home, '.zshrc'), 'utf8');
    expect(zshrc.match(/^source .*_kaicalls$/gm)).toHaveLength(1);
    expect(readFileSync(join(home, '.zfunc', '_kaicalls'), 'utf8')).toContain('bashcompinit');
  });

  // The reason shows in the report when zsh is missing (CI installs it: .ci/run).
  if (!zshPath) it.skip('zsh completion is not run: zsh is not installed (apt-get install zsh)', () => {});

  it.skipIf(!zshPath)(
    'zsh, installed with --install into a home without any zsh setup: completes commands and a flag’s values',
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'kaicalls-zsh-'));
      const installed = await run(['completion', 'zsh', '--install'], { env: cleanEnv({ HOME: home }) });
      expect(installed.code, installed.stderr).toBe(0);

      expect(await completeInZsh(home, ['kaicalls', 'calls', 'list', '--status', ''])).toEqual(callStatuses);
      expect(await completeInZsh(home, ['kaicalls', 'calls', 'list', '--status', 'c'])).toEqual([
        'completed',
        'canceled',
      ]);
      expect(await completeInZsh(home, ['kaicalls', 'calls', 'li'])).toEqual(['list', 'list-events']);
      expect(await completeInZsh(home, ['kaicalls', 'listen', '--fr'])).toEqual(['--from-now']);
    },
  );

  it.skipIf(!zshPath)(
    'zsh, with the documented `source <(kaicalls completion zsh)` as the only line of ~/.zshrc',
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'kaicalls-zsh-'));
      const { stdout: script } = await run(['completion', 'zsh']);
      const file = join(home, 'kaicalls.zsh');
      writeFileSync(file, script);
      // \`source <(kaicalls …)\` is the README's line; the script file stands for the process substitution.
      writeFileSync(join(home, '.zshrc'), `source <(cat ${file})\n`);
      expect(await completeInZsh(home, ['kaicalls', 'calls', 'list', '--direction', ''])).toEqual([
        'outbound',
        'inbound',
      ]);
      expect(await completeInZsh(home, ['kaicalls', 'calls', 'wa'])).toEqual(['wait', 'watch']);
    },
  );
});
