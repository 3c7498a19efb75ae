# Sourced by the scripts that prove something on a brand-new Debian 12 (fresh-check, package-check):
# a minimal root made with debootstrap, with this machine's package sources and downloaded packages,
# and everything started in it stopped and unmounted when the script ends. Needs root.
#
#   debian_root_create DIR LOG   makes DIR/root (debootstrap --variant=minbase bookworm); sets $root
#   in_root CMD...               runs CMD in the root, with a clean environment
#   debian_root_keep             leave the root in place at exit, for a look afterwards
# Needs scripts/lib/root.sh (on_exit) sourced first.

root=""
debian_root_work=""
debian_root_keep_it=false

debian_root_keep() { debian_root_keep_it=true; }

in_root() { chroot "${root}" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

# Every process whose root is the new system (services its packages started, a virtual display,
# the app, test servers).
processes_in_root() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "${p}/root" 2>/dev/null)" = "${root}" ] && echo "${p#/proc/}"
    done
    return 0
}

stop_root_processes() {
    local pids signal
    for signal in TERM KILL; do
        pids=$(processes_in_root)
        [ -n "${pids}" ] || return 0
        kill -s "${signal}" ${pids} 2>/dev/null || true
        sleep 2
    done
}

debian_root_cleanup() {
    [ -n "${root}" ] || return 0
    stop_root_processes
    local m
    for m in $(awk -v r="${root}" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r); do
        umount -l "${m}" 2>/dev/null || true
    done
    if ${debian_root_keep_it}; then
        echo "$(basename "$0"): the root is kept in ${root}"
    else
        rm -rf "${debian_root_work}"
    fi
}

debian_root_create() {
    local dir=$1 log=$2 mirror
    command -v debootstrap >/dev/null || apt_as_root install -y -qq --no-install-recommends debootstrap >/dev/null
    debian_root_work=${dir}
    root=${dir}/root
    on_exit debian_root_cleanup
    mirror=$(awk '/^URIs:/ {print $2; exit} /^deb / {print $2; exit}' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    mkdir -p /var/cache/apt/archives
    debootstrap --variant=minbase --cache-dir=/var/cache/apt/archives bookworm "${root}" "${mirror}" >"${log}" 2>&1 ||
        { tail -n 20 "${log}" >&2; return 1; }
    # The same package sources and network settings as this machine, so its downloads are reused.
    cp -a /etc/apt/sources.list.d/. "${root}/etc/apt/sources.list.d/" 2>/dev/null || true
    [ ! -f /etc/apt/sources.list ] || cp /etc/apt/sources.list "${root}/etc/apt/sources.list"
    [ ! -s "${root}/etc/apt/sources.list.d/debian.sources" ] || rm -f "${root}/etc/apt/sources.list"
    cp -a /etc/apt/apt.conf.d/. "${root}/etc/apt/apt.conf.d/" 2>/dev/null || true
    cp /etc/resolv.conf /etc/hosts "${root}/etc/"
    mount -t proc proc "${root}/proc"
    mount -t sysfs sysfs "${root}/sys"
    mount --rbind /dev "${root}/dev"
    mount --make-rslave "${root}/dev"
    mount --bind /var/cache/apt/archives "${root}/var/cache/apt/archives"
}
