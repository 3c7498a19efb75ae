#!/usr/bin/env bash
# Runs atspi-test.py the way a screen reader's world is set up on a Linux desktop: a virtual
# display (Xvfb), a session bus, and the accessibility bus and registry (at-spi2-core), with a
# new, empty home. Without those tools the check is skipped, and under CI=true it fails.
# Usage: run-atspi-test.sh CARELEAF
set -euo pipefail
app=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v dbus-run-session >/dev/null || missing+=(dbus)
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi)
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP   : accessibility tree: not installed: ${missing[*]} (scripts/bootstrap installs them)"
    [ "${CI:-}" != "true" ] || { echo "FAIL: under CI=true a check that cannot run fails" >&2; exit 1; }
    exit 0
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME=$home XDG_RUNTIME_DIR=$home/runtime XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    XDG_CACHE_HOME=$home/.cache XDG_CONFIG_DIRS=$home/etc-xdg NO_AT_BRIDGE=0
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS

# A display of its own: Xvfb picks a free number and writes it to fd 3 (no race with other tests
# that want a display at the same moment, as xvfb-run -a has). Started with SIGUSR1 ignored, the X
# server sends SIGUSR1 to its parent, this script, once it takes clients: the number alone comes
# earlier, and a client that connects in between is refused. -noreset: an X server resets when its
# last client leaves (the accessibility bus launcher's is brief) and refuses clients meanwhile.
ready=false
trap 'ready=true' USR1
(trap '' USR1; exec Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp -noreset 3>"$home/display" 2>"$home/xvfb.log") &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 300); do
    ${ready} && [ -s "$home/display" ] && break
    kill -0 "$xvfb" 2>/dev/null || { cat "$home/xvfb.log" >&2; echo "FAIL: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done
${ready} && [ -s "$home/display" ] || { cat "$home/xvfb.log" >&2; echo "FAIL: Xvfb was not ready in 30 s" >&2; exit 1; }
export DISPLAY=:$(head -n1 "$home/display")

# dbus-daemon's notes about file-descriptor limits, and the accessibility registry's about the
# display going away when the session ends, are not the test's business.
dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    sleep 1
    status=0
    /usr/bin/python3 "$1" "$2" || status=$?
    kill "$launcher" 2>/dev/null || true
    exit "$status"' atspi-test "$here/atspi-test.py" "$app" 2> >(grep -v -e "Failed to set fd limit" -e "^dbus-daemon" \
        -e "^XIO: " -e "after 0 requests" -e "^X connection to" >&2)
