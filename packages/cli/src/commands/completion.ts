// `kaicalls completion <shell>`: a static completion script built from the full command tree (every
// resource, action and flag), so completing is instant and never runs the CLI.
import { Argument, type Command } from 'commander';
import { action, examples } from '../action.js';

interface Node {
  path: string[];
  commands: { name: string; summary: string }[];
  flags: { name: string; summary: string }[];
}

function walk(command: Command, path: string[], out: Node[], inherited: Node['flags']): void {
  const flags = [
    ...inherited,
    ...command.options.map((o) => ({ name: o.long ?? o.short ?? '', summary: o.description })),
  ].filter((f) => f.name);
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
  const globals = program.options.map((o) => ({ name: o.long ?? '', summary: o.description }));
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
  return `# kaicalls completion for bash: add to ~/.bashrc
#   source <(kaicalls completion bash)
_kaicalls() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word words i
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
  case "$path" in
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _kaicalls kaicalls
`;
}

function zsh(nodes: Node[]): string {
  return `#compdef kaicalls
# kaicalls completion for zsh: add to ~/.zshrc
#   source <(kaicalls completion zsh)
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
          `complete -c kaicalls -n ${quote(condition)} -l ${quote(f.name.replace(/^--/, ''))} -d ${quote(f.summary.slice(0, 80))}`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `kaicalls completion` */
export function addCompletion(program: Command): void {
  const command = program
    .command('completion')
    .description('Print a shell completion script for bash, zsh or fish.')
    .addArgument(new Argument('<shell>', 'The shell').choices(['bash', 'zsh', 'fish']));
  examples(command, [
    'source <(kaicalls completion bash)     # in ~/.bashrc',
    'source <(kaicalls completion zsh)      # in ~/.zshrc',
    'kaicalls completion fish > ~/.config/fish/completions/kaicalls.fish',
  ]);
  command.action(
    action(async (ctx, cmd) => {
      const shell = cmd.processedArgs[0] as 'bash' | 'zsh' | 'fish';
      const nodes = tree(program);
      ctx.output.write(shell === 'bash' ? bash(nodes) : shell === 'zsh' ? zsh(nodes) : fish(nodes));
    }),
  );
}
