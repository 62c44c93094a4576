# bash completion for actidesk-cli (install as
# /usr/share/bash-completion/completions/actidesk-cli, or source it).
_actidesk_cli()
{
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local commands="accounts status week log sync export backup help"
    local common="--account --password-stdin --offline --help"

    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local command=${words[1]}

    case $prev in
        --account|-a)
            local logins
            logins=$(actidesk-cli accounts 2>/dev/null | sed -e 's/^[* ] //' -e 's/  (.*$//')
            COMPREPLY=($(compgen -W "$logins" -- "$cur"))
            return ;;
        --date|-d|--from|--to|--week)
            COMPREPLY=($(compgen -W "today yesterday $(date +%F)" -- "$cur"))
            return ;;
        --format|-f)
            COMPREPLY=($(compgen -W "csv ics" -- "$cur"))
            return ;;
        --output|-o)
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --task|-t|--task-id|--comment|-c|--month|--decimal-separator|--delimiter)
            return ;;
    esac

    local options="" words_here=""
    case $command in
        accounts) options="--json --remember --allow-http"; words_here="add use" ;;
        status) options="--json" ;;
        week) options="--date --json" ;;
        log) options="--task --task-id --date --comment --set" ;;
        sync) options="" ;;
        export) options="--from --to --week --month --format --output --decimal-separator
                         --locale-decimal --delimiter --per-task-day"
                words_here="timesheet review tasks" ;;
        backup) options="--from --to --no-comments" ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $common" -- "$cur"))
    elif [[ $command == backup ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words_here" -- "$cur"))
    fi
}
complete -F _actidesk_cli actidesk-cli
