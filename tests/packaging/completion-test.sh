#!/usr/bin/env bash
# The bash completion of careleaf-cli offers what careleaf-cli accepts: its commands and options as
# --help lists them, and the section keys and presets its own error messages list.
# Usage: completion-test.sh CARELEAF-CLI COMPLETION-FILE
set -uo pipefail
cli=$1
completion=$2
failures=0

if [ ! -f /usr/share/bash-completion/bash_completion ]; then
    echo "completion-test: bash-completion is not installed (scripts/bootstrap installs it)" >&2
    exit 1
fi
# shellcheck disable=SC1091
. /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
. "$completion"

# What the completion offers for a command line whose last word is being typed.
offered() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _careleaf_cli careleaf-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    [ ${#COMPREPLY[@]} -eq 0 ] || printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' '
}
# Outside a real completion compopt refuses to run; what it would set is not under test here.
compopt() { :; }

expect() {
    local what=$1 want=$2 got=$3
    if [ "$want" != "$got" ]; then
        echo "FAIL $what: careleaf-cli accepts [$want], the completion offers [$got]" >&2
        failures=$((failures + 1))
    else
        echo "ok   $what: $got"
    fi
}

words() { tr ' ,' '\n\n' | sed '/^$/d' | sort -u | tr '\n' ' '; }

help=$("$cli" --help) || { echo "FAIL: $cli --help" >&2; exit 1; }
[ -n "$help" ] || { echo "FAIL: $cli --help printed nothing" >&2; exit 1; }

commands=$(awk '/^Commands:/ { on = 1; next } /^[A-Z]/ { on = 0 } on && /^  [a-z]/ { print $1 }' <<<"$help" | words)
[ -n "$commands" ] || { echo "FAIL: no commands found in --help" >&2; exit 1; }
expect "commands" "$commands" "$(offered careleaf-cli '')"

global=$(awk '/^Options:/ { on = 1; next } /^[A-Z]/ { on = 0 } on' <<<"$help" | grep -o -- '--[a-z-]*' | words)
expect "global options" "$global" "$(offered careleaf-cli --)"

for command in $commands; do
    # The options on the command's own lines of --help (until the next command).
    options=$(awk -v c="$command" '/^Commands:/ { on = 1; next } /^[A-Z]/ { on = 0 }
                on && /^  [a-z]/ { mine = ($1 == c) } on && mine' <<<"$help" | grep -o -- '--[a-z-]*' | words)
    if [ "$command" = admin ]; then
        expect "admin's subcommands" "init-server " "$(offered careleaf-cli admin '')"
        expect "options of admin init-server" "$options" "$(offered careleaf-cli admin init-server x --)"
    else
        expect "options of $command" "$options" "$(offered careleaf-cli --db lib.sqlite "$command" --)"
    fi
done

# The keys and presets careleaf-cli lists when it is given one it does not know.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Settings of this test's own: a preset saved on this machine is not the test's.
export XDG_CONFIG_HOME=$scratch/none XDG_CONFIG_DIRS=$scratch/none
sections=$("$cli" --db "$scratch/l.sqlite" handout --sections no-such-key --out "$scratch/h.pdf" 1 2>&1 |
    sed -n 's/.*sections are: //p' | words)
[ -n "$sections" ] || { echo "FAIL: careleaf-cli did not list its section keys" >&2; exit 1; }
expect "section keys" "$sections" "$(offered careleaf-cli handout --sections '')"
expect "the key after a comma" "summary,purpose " "$(offered careleaf-cli handout --sections summary,pu)"

presets=$("$cli" --db "$scratch/l.sqlite" handout --preset no-such-preset --out "$scratch/h.pdf" 1 2>&1 |
    sed -n 's/.*choose one of //p' | words)
[ -n "$presets" ] || { echo "FAIL: careleaf-cli did not list its presets" >&2; exit 1; }
expect "presets" "$presets" "$(offered careleaf-cli handout --preset '')"

# And IT's presets and the user's own, named with a space or an accent (they were not offered),
# the user's left out when IT locks the handout's presets, as careleaf-cli leaves them out.
mkdir -p "$scratch/etc/Careleaf" "$scratch/home/Careleaf"
# The user's as QSettings writes them: [handout] presets\NAME, a letter below U+0100 as %XX, one
# above as %UXXXX, and one beyond U+FFFF as two (without a UTF-8 locale they were offered as \u).
printf '[handout]\npresets\\My%%20own=summary, risks\npresets\\Despu%%E9s=recovery\n%s\n%s\n' \
    'presets\%U672F%U540E=recovery' 'presets\%UD842%UDFB7%U7530=summary' >"$scratch/home/Careleaf/Careleaf.conf"
# And presets that are none: no section, or none Careleaf knows, or a group (a raw backslash); and
# half of a pair, which Qt reads as U+FFFD.
printf '[handout]\npresets\\Empty=\npresets\\Typo=summery, risk\n%s\n%s\n' 'presets\back\slash=summary' \
    'presets\%UD842x=summary' >>"$scratch/home/Careleaf/Careleaf.conf"
own() { XDG_CONFIG_HOME=$scratch/home XDG_CONFIG_DIRS=relative:$scratch/etc "$@"; }
presets_listed() {
    own "$cli" --db "$scratch/l.sqlite" handout --preset no-such-preset --out "$scratch/h.pdf" 1 2>&1 |
        sed -n 's/.*choose one of //p' | sed 's/, /\n/g' | while IFS= read -r name; do printf '%q\n' "$name"; done |
        sort -u | tr '\n' ' '
}
for locked in "" "settings=library, handout/presets"; do
    printf '[handout/presets]\nWound%%20care=summary, recovery\nAft%%U00e9r=" summary"\nNone=summery\n[Locked]\n%s\n' \
        "$locked" \
        >"$scratch/etc/Careleaf/Careleaf.conf"
    presets=$(presets_listed)
    users=no
    [[ $presets == *"My\ own"* ]] && users=yes
    if [[ $presets != *"Wound\ care"* || $users != "$([ -z "$locked" ] && echo yes || echo no)" ]]; then
        echo "FAIL: careleaf-cli did not list IT's presets, and the user's unless locked: [$presets]" >&2
        exit 1
    fi
    expect "IT's and the user's presets${locked:+, $locked}" "$presets" "$(own offered careleaf-cli handout --preset '')"
done
expect "a preset named with a space" 'Wound\ care ' "$(own offered careleaf-cli handout --preset Wou)"

# The languages careleaf-cli lists when it is given one it does not know (zh-Hant was missing).
languages=$("$cli" --db "$scratch/l.sqlite" handout --language no-such-language --out "$scratch/h.pdf" 1 2>&1 |
    sed -n 's/.*(known: \(.*\))$/\1/p' | words)
[ -n "$languages" ] || { echo "FAIL: careleaf-cli did not list its languages" >&2; exit 1; }
expect "languages" "$languages" "$(XDG_DATA_HOME=$scratch/none XDG_DATA_DIRS=$scratch/none offered careleaf-cli handout --language '')"

# And the tables IT ships for every user, under XDG_DATA_DIRS (they were not offered).
mkdir -p "$scratch/its/careleaf/languages"
printf 'code\tfr\nname\tFran\303\247ais\nsummary\tR\303\251sum\303\251\n' >"$scratch/its/careleaf/languages/fr.tsv"
languages=$(XDG_DATA_DIRS=$scratch/its "$cli" --db "$scratch/l.sqlite" handout --language no-such-language \
    --out "$scratch/h.pdf" 1 2>&1 | sed -n 's/.*(known: \(.*\))$/\1/p' | words)
case " $languages " in *" fr "*) ;; *) echo "FAIL: careleaf-cli did not list IT's table fr: [$languages]" >&2; exit 1 ;; esac
expect "languages with IT's" "$languages" \
    "$(XDG_DATA_HOME=$scratch/none XDG_DATA_DIRS=$scratch/its offered careleaf-cli handout --language '')"

[ "$failures" -eq 0 ] || { echo "completion-test: $failures mismatches" >&2; exit 1; }
echo "completion-test: the completion offers what careleaf-cli accepts"
