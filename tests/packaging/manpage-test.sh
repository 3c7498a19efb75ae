#!/usr/bin/env bash
# A manual page tells the truth about its program: it renders without a warning, names the
# program's version, and describes every option (and for careleaf-cli every command) that --help
# lists, and no option --help does not.
# Usage: manpage-test.sh PROGRAM MANPAGE
set -uo pipefail
program=$1
page=$2
failures=0
fail() {
    echo "FAIL $(basename "$page"): $*" >&2
    failures=$((failures + 1))
}
command -v man >/dev/null || { echo "manpage-test: man is not installed (scripts/bootstrap installs man-db)" >&2; exit 1; }

warnings=$(MANWIDTH=100 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "groff warns: $warnings"
text=$(MANWIDTH=1000 man -E UTF-8 -l "$page" 2>/dev/null | col -b)
[ -n "$text" ] || { echo "FAIL: $page renders as nothing" >&2; exit 1; }

help=$(QT_QPA_PLATFORM=offscreen "$program" --help 2>&1)
[ -n "$help" ] || { echo "FAIL: $program --help printed nothing" >&2; exit 1; }
version=$("$program" --version 2>&1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1)
grep -q "Careleaf ${version}" <<<"$text" || fail "does not name version ${version}"

# The long options --help lists (the ones Qt adds to every program are described by --help-all).
help_options=$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
for option in $help_options; do
    grep -qE -- "(^|[^a-z-])${option}([^a-z-]|$)" <<<"$text" || fail "does not describe ${option}"
done
# The options the page's OPTIONS section describes are ones the program takes.
page_options=$(awk '/^OPTIONS/ { on = 1; next } /^[A-Z]/ { on = 0 } on' <<<"$text" | grep -oE -- '^ +(-[a-z], )?--[a-z][a-z-]*' |
    grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ -n "$page_options" ] || fail "has no OPTIONS section"
for option in $page_options; do
    grep -qE -- "(^|[^a-z-])${option}([^a-z-]|$)" <<<"$help" || fail "describes ${option}, which --help does not list"
done

# careleaf-cli's commands: each one --help lists has its own entry under COMMANDS, and back.
if grep -q '^Commands:' <<<"$help"; then
    help_commands=$(awk '/^Commands:/ { on = 1; next } /^[A-Z]/ { on = 0 } on && /^  [a-z]/ { print $1 }' <<<"$help" | sort -u)
    page_commands=$(awk '/^COMMANDS/ { on = 1; next } /^[A-Z]/ { on = 0 } on && /^       [a-z]/ { print $1 }' <<<"$text" | sort -u)
    [ "$help_commands" = "$page_commands" ] ||
        fail "its commands ($(echo $page_commands)) are not --help's ($(echo $help_commands))"
fi

# Each command's synopsis is whole on its line: a .TP tag written over several source lines (groff
# takes one) runs into the description with a bracket left open ("import [--language").
while IFS= read -r line; do
    opened=$(tr -cd '[' <<<"$line")
    closed=$(tr -cd ']' <<<"$line")
    [ ${#opened} -eq ${#closed} ] || fail "the synopsis is cut: \"${line#"${line%%[! ]*}"}\""
done < <(awk '/^COMMANDS/ { on = 1; next } /^[A-Z]/ { on = 0 } on && /^       [a-z]/' <<<"$text")

[ "$failures" -eq 0 ] || exit 1
echo "manpage-test: $(basename "$page") is true to $(basename "$program") --help"
