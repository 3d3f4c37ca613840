// `kaicalls completion <shell>`: a static completion script built from the full command tree (every
// resource, action and flag, and the values of the flags that take one of a set: `--status <TAB>`), so
// completing is instant and never runs the CLI. `--install` writes it where the shell loads it.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Argument, type Command, type Option } from 'commander';
import { action, examples } from '../action.js';

interface Flag {
  name: string;
  summary: string;
  /** The values the flag accepts, when it accepts one of a set. */
  values?: readonly string[] | undefined;
}

interface Node {
  path: string[];
  commands: { name: string; summary: string }[];
  flags: Flag[];
}

const flagOf = (o: Option): Flag => ({
  name: o.long ?? o.short ?? '',
  summary: o.description,
  values: o.argChoices,
});

function walk(command: Command, path: string[], out: Node[], inherited: Node['flags']): void {
  const flags = [...inherited, ...command.options.map(flagOf)].filter((f) => f.name);
  const subcommands = command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
  out.push({
    path,
    commands: subcommands.map((c) => ({
      name: c.name(),
      summary: c.summary() || c.description().split('\n')[0] || '',
    })),
    flags: [...flags, { name: '--help', summary: 'Show help' }],
  });
  for (const sub of subcommands) walk(sub, [...path, sub.name()], out, inherited);
}

function tree(program: Command): Node[] {
  const nodes: Node[] = [];
  const globals = program.options.map(flagOf).filter((f) => f.name.startsWith('--'));
  walk(program, [], nodes, []);
  for (const node of nodes.slice(1)) node.flags.push(...globals);
  return nodes;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bash(nodes: Node[]): string {
  const cases = nodes
    .map(
      (n) =>
        `    ${quote(n.path.join(' '))}) words=${quote([...n.commands.map((c) => c.name), ...n.flags.map((f) => f.name)].join(' '))} ;;`,
    )
    .join('\n');
  const values = nodes
    .flatMap((n) =>
      n.flags
        .filter((f) => f.values?.length)
        .map((f) => `    ${quote(`${n.path.join(' ')} ${f.name}`)}) words=${quote(f.values!.join(' '))} ;;`),
    )
    .join('\n');
  return `# kaicalls completion for bash: kaicalls completion bash --install, or add to ~/.bashrc
#   source <(kaicalls completion bash)
_kaicalls() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" path="" word words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    case "\${path:+$path }$word" in
${nodes
  .slice(1)
  .map((n) => `      ${quote(n.path.join(' '))}) path="\${path:+$path }$word" ;;`)
  .join('\n')}
    esac
  done
  # A flag that takes one of a set of values completes those values.
  case "$path $prev" in
${values}
    *)
      case "$path" in
${cases}
        *) words="" ;;
      esac
      ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _kaicalls kaicalls
`;
}

/**
 * zsh runs the bash script through its bash-completion layer (bashcompinit), which needs the completion
 * system (compinit, which defines compdef): the script starts it when ~/.zshrc has not. It is sourced, not
 * an fpath function, so it has no `#compdef` line (compinit would autoload it as the completer itself).
 */
function zsh(nodes: Node[]): string {
  return `# kaicalls completion for zsh: kaicalls completion zsh --install, or add to ~/.zshrc
#   source <(kaicalls completion zsh)
(( $+functions[compdef] )) || { autoload -Uz compinit && compinit; }
autoload -U +X bashcompinit && bashcompinit
${bash(nodes).replace(/^# .*\n#.*\n/, '')}`;
}

function fish(nodes: Node[]): string {
  const lines = [
    '# kaicalls completion for fish: kaicalls completion fish > ~/.config/fish/completions/kaicalls.fish',
  ];
  lines.push('complete -c kaicalls -f');
  for (const node of nodes) {
    const condition =
      node.path.length === 0
        ? '__fish_use_subcommand'
        : `__fish_seen_subcommand_from ${node.path[node.path.length - 1]}${node.path.length === 1 ? `; and not __fish_seen_subcommand_from ${node.commands.map((c) => c.name).join(' ') || '__none__'}` : ''}`;
    for (const c of node.commands)
      lines.push(
        `complete -c kaicalls -n ${quote(condition)} -a ${quote(c.name)} -d ${quote(c.summary.slice(0, 80))}`,
      );
    if (node.path.length > 0 && node.commands.length === 0) {
      for (const f of node.flags)
        lines.push(
          `complete -c kaicalls -n ${quote(condition)} -l ${quote(f.name.replace(/^--/, ''))}${f.values?.length ? ` -x -a ${quote(f.values.join(' '))}` : ''} -d ${quote(f.summary.slice(0, 80))}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

type Shell = 'bash' | 'zsh' | 'fish';

/**
 * Where `--install` puts the script: bash-completion's per-user folder (loaded on demand), fish's
 * completions folder, and for zsh a line in ~/.zshrc (added once) that sources the script.
 */
function install(shell: Shell, script: string, env: NodeJS.ProcessEnv): { path: string; note: string } {
  const home = env.HOME || homedir();
  if (shell === 'zsh') {
    const file = join(env.ZDOTDIR || home, '.zfunc', '_kaicalls');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, script);
    const rc = join(env.ZDOTDIR || home, '.zshrc');
    const line = `source ${file}`;
    if (!existsSync(rc) || !readFileSync(rc, 'utf8').split('\n').includes(line))
      appendFileSync(rc, `\n# kaicalls completion\n${line}\n`);
    return { path: file, note: `sourced from ${rc}: open a new shell` };
  }
  const data = env.XDG_DATA_HOME || join(home, '.local', 'share');
  const config = env.XDG_CONFIG_HOME || join(home, '.config');
  const file =
    shell === 'bash'
      ? join(data, 'bash-completion', 'completions', 'kaicalls')
      : join(config, 'fish', 'completions', 'kaicalls.fish');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, script);
  return {
    path: file,
    note: shell === 'bash' ? 'loaded by bash-completion in new shells' : 'loaded by fish in new shells',
  };
}

/** `kaicalls completion` */
export function addCompletion(program: Command): void {
  const command = program
    .command('completion')
    .description('Print a shell completion script for bash, zsh or fish, or install it with --install.')
    .addArgument(new Argument('<shell>', 'The shell').choices(['bash', 'zsh', 'fish']))
    .option(
      '--install',
      "Write the script where the shell loads it (bash-completion's folder, ~/.zshrc, fish's completions)",
    );
  examples(command, [
    'kaicalls completion bash --install     # then open a new shell',
    'source <(kaicalls completion bash)     # in ~/.bashrc',
    'source <(kaicalls completion zsh)      # in ~/.zshrc',
    'kaicalls completion fish > ~/.config/fish/completions/kaicalls.fish',
  ]);
  command.action(
    action(async (ctx, cmd) => {
      const shell = cmd.processedArgs[0] as Shell;
      const nodes = tree(program);
      const script = shell === 'bash' ? bash(nodes) : shell === 'zsh' ? zsh(nodes) : fish(nodes);
      if (!cmd.opts<{ install?: boolean }>().install) {
        ctx.output.write(script);
        return;
      }
      const { path, note } = install(shell, script, ctx.env);
      ctx.output.write(`Installed ${shell} completion in ${path} (${note}).\n`);
    }),
  );
}
