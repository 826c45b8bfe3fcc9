import { type AnyCommand, defineCommand, GLOBAL_OPTIONS, type Options } from '../command.js';
import { UsageError } from '../errors.js';

/** Shell completion scripts, generated from the command definitions. */
export function completionScript(shell: string, commands: readonly AnyCommand[]): string {
  const names = commands.map((c) => c.name).join(' ');
  const optionsOf = (c: AnyCommand): Options => ({ ...c.options, ...GLOBAL_OPTIONS });
  const flags = (c: AnyCommand) =>
    Object.keys(optionsOf(c))
      .map((o) => `--${o}`)
      .join(' ');
  if (shell === 'bash')
    return `# black-january completion for bash: eval "$(black-january completion bash)"
_black_january() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd=\${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then COMPREPLY=($(compgen -W "${names} --help --version" -- "$cur")); return; fi
  case "$cmd" in
${commands.map((c) => `    ${c.name}) COMPREPLY=($(compgen -W "${flags(c)}" -- "$cur")) ;;`).join('\n')}
  esac
  [ \${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _black_january black-january
`;
  if (shell === 'zsh')
    return `#compdef black-january
# black-january completion for zsh: black-january completion zsh > "\${fpath[1]}/_black-january"
_black_january() {
  if (( CURRENT == 2 )); then compadd ${names} --help --version; return; fi
  case $words[2] in
${commands.map((c) => `    ${c.name}) compadd -- ${flags(c)}; _files ;;`).join('\n')}
  esac
}
compdef _black_january black-january
`;
  if (shell === 'fish')
    return `# black-january completion for fish: black-january completion fish > ~/.config/fish/completions/black-january.fish
complete -c black-january -f -n __fish_use_subcommand -a "${names}"
${commands
  .flatMap((c) =>
    Object.entries(optionsOf(c)).map(
      ([o, spec]) =>
        `complete -c black-january -n "__fish_seen_subcommand_from ${c.name}" -l ${o} -d ${JSON.stringify(spec.description)}`,
    ),
  )
  .join('\n')}
`;
  throw new UsageError(`unknown shell '${shell}'; choose bash, zsh or fish`);
}

export const completion = (commands: () => readonly AnyCommand[]) =>
  defineCommand({
    name: 'completion',
    summary: 'shell completion script for bash, zsh or fish',
    usage: 'completion bash|zsh|fish',
    args: { min: 1, max: 1 },
    options: {},
    examples: [
      'eval "$(black-january completion bash)"',
      'black-january completion fish > ~/.config/fish/completions/black-january.fish',
    ],
    async run(ctx) {
      ctx.write(completionScript(ctx.args[0] as string, commands()));
    },
  });
