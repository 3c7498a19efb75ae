# Sourced by the scripts that need root for part of their work (installing packages, starting
# CUPS). `as_root CMD...` runs CMD as root: directly when we are root, else through sudo.
# `on_exit CMD` adds CMD to what runs when the script exits (one EXIT trap for all of them).
#
# `ask_for_root_once WHY` asks for the sudo password once, up front, with the reason, and keeps the
# credential fresh (sudo forgets it after 15 minutes) until the calling script exits, so nothing
# later in a long run (a build, then the CUPS set-up) asks again or fails for want of it.
# Without a terminal to ask on, sudo must already work without a password; otherwise it says so
# and returns non-zero.

careleaf_exit_commands=()
on_exit() {
    careleaf_exit_commands+=("$1")
}
careleaf_run_exit_commands() {
    local c
    for c in "${careleaf_exit_commands[@]}"; do
        eval "$c" || true
    done
}
trap careleaf_run_exit_commands EXIT

careleaf_sudo=()
if [ "$(id -u)" -ne 0 ]; then
    careleaf_sudo=(sudo)
fi

as_root() {
    "${careleaf_sudo[@]}" "$@"
}

# apt-get as root, never asking questions (sudo drops DEBIAN_FRONTEND from the environment).
apt_as_root() {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get "$@"
}

careleaf_keepalive_pid=""

ask_for_root_once() {
    local why=$1
    [ "$(id -u)" -ne 0 ] || return 0
    if ! command -v sudo >/dev/null 2>&1; then
        echo "$(basename "$0"): ${why}, which needs root, and sudo is not installed." >&2
        echo "  As root: apt-get install sudo && adduser $(id -un) sudo   (then log in again)" >&2
        return 1
    fi
    if ! sudo -n true 2>/dev/null; then
        if [ ! -t 0 ]; then
            echo "$(basename "$0"): ${why}, which needs sudo, and there is no terminal to ask for your password on." >&2
            return 1
        fi
        echo "$(basename "$0"): ${why}; sudo will ask for your password once, now." >&2
        if ! sudo -v; then
            echo "$(basename "$0"): sudo refused. Is $(id -un) in the sudo group? (As root: adduser $(id -un) sudo, then log in again.)" >&2
            return 1
        fi
    fi
    if [ -z "${careleaf_keepalive_pid}" ]; then
        # Refreshes the credential while this script runs; ends with it.
        (
            parent=$$
            while kill -0 "${parent}" 2>/dev/null; do
                sudo -n -v 2>/dev/null || exit 0
                sleep 60
            done
        ) &
        careleaf_keepalive_pid=$!
        on_exit 'kill "${careleaf_keepalive_pid}" 2>/dev/null'
    fi
}
