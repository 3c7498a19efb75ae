#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack from a configured, built tree, checks the .deb as Debian
# does (installer/check-package: lintian, desktop-file-validate, appstreamcli), unpacks each into a
# scratch folder as an install would lay it out, and runs the installed careleaf-cli.
# Installing, running and purging the .deb on a clean Debian root is scripts/package-check's (root).
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build_dir"
cpack -G "DEB;TGZ" -B "$work/out" >/dev/null

deb=$(ls "$work"/out/*.deb)
tgz=$(ls "$work"/out/*.tar.gz)
echo "packages: $(basename "$deb") $(basename "$tgz")"

dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Depends|Recommends):'
# The Snowball stemmers are loaded with dlopen(), which dpkg-shlibdeps cannot see: the package
# must name the one that holds them (installer/CMakeLists.txt).
stemmers=$(dpkg-query -S "$(readlink -f /usr/lib/*/libstemmer.so)" | cut -d: -f1)
dpkg-deb -f "$deb" Depends | grep -Eq "(^|, )$stemmers(,| |$)" ||
    { echo "the .deb does not depend on $stemmers (the stemmers)" >&2; exit 1; }
"$(dirname "$0")/check-package" "$deb"
dpkg-deb -x "$deb" "$work/deb"
for f in usr/bin/careleaf usr/bin/careleaf-cli usr/share/applications/org.careleaf.Careleaf.desktop \
         usr/share/metainfo/org.careleaf.Careleaf.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/org.careleaf.Careleaf.png usr/share/doc/careleaf/copyright \
         usr/share/doc/careleaf/changelog.gz usr/share/doc/careleaf/README.md.gz usr/share/man/man1/careleaf.1.gz usr/share/man/man1/careleaf-cli.1.gz \
         usr/share/bash-completion/completions/careleaf-cli usr/libexec/careleaf/careleaf-cli-handout; do
    [ -e "$work/deb/$f" ] || { echo "missing from the .deb: $f" >&2; exit 1; }
done
"$work/deb/usr/bin/careleaf-cli" --version

mkdir -p "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
cli=$(find "$work/tgz" -path '*/bin/careleaf-cli' -type f)
"$cli" --version

# The installed console works on a library of its own, and finds the helper that draws handouts
# where the package put it, from either package.
HOME="$work/home" XDG_DATA_HOME="$work/home/data" "$cli" list | grep -q "Magnesium Infusion Therapy"
for console in "$cli" "$work/deb/usr/bin/careleaf-cli"; do
    rm -f "$work/handout.pdf"
    HOME="$work/home" XDG_DATA_HOME="$work/home/data" "$console" handout --out "$work/handout.pdf" 1 >/dev/null
    [ "$(head -c 5 "$work/handout.pdf")" = "%PDF-" ] || { echo "$console wrote no handout" >&2; exit 1; }
done
echo "installed packages run"
