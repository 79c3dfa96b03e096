// `playbook completion bash|zsh`: a script that completes commands and their options. It is made
// from the command list (commands.ts) and each command's help text, so it cannot fall behind.
import { COMMANDS, optionsOf } from './commands.ts';
import { UsageError } from './errors.ts';

export function completionScript(shell: string | undefined): string {
  const commands = Object.keys(COMMANDS).concat('help', 'completion');
  const cases = Object.keys(COMMANDS)
    .map((name) => `    ${name}) opts="${optionsOf(name).join(' ')} --help" ;;`)
    .join('\n');
  if (shell === 'bash') {
    return `# playbook completion for bash. Load it with: eval "$(playbook completion bash)"
_playbook() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="\${COMP_WORDS[1]}" opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.join(' ')} --help --version" -- "$cur") )
    return
  fi
  case "$cmd" in
${cases}
    help) opts="${Object.keys(COMMANDS).join(' ')} completion" ;;
    completion) opts="bash zsh --help" ;;
    *) opts="" ;;
  esac
  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
}
complete -o default -F _playbook playbook
`;
  }
  if (shell === 'zsh') {
    return `# playbook completion for zsh. Load it with: eval "$(playbook completion zsh)"
_playbook() {
  local cmd opts
  if (( CURRENT == 2 )); then
    compadd -- ${commands.join(' ')} --help --version
    return
  fi
  cmd=\${words[2]}
  case "$cmd" in
${cases}
    help) opts="${Object.keys(COMMANDS).join(' ')} completion" ;;
    completion) opts="bash zsh --help" ;;
    *) opts="" ;;
  esac
  compadd -- \${=opts}
  _files
}
compdef _playbook playbook
`;
  }
  throw new UsageError(`say which shell: \`playbook completion bash\` or \`playbook completion zsh\`${shell ? ` (not ${JSON.stringify(shell)})` : ''}.`);
}
