#!/usr/bin/env bash
# install-desktop.sh PREFIX PROGRAM: install Samverka on a Linux desktop:
# the program in PREFIX/bin, its menu entry, the application/x-samverka
# file type for *.samverka files and the icons of both, then refresh the
# desktop's caches so that a double-click opens council files in Samverka.
# PREFIX is ~/.local for one user (no root needed) or /usr/local for all.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:?usage: install-desktop.sh PREFIX PROGRAM}
program=${2:?usage: install-desktop.sh PREFIX PROGRAM}
share=$prefix/share
install -Dm755 "$program" "$prefix/bin/samverka"
# The menu entry names the program by its full path: ~/.local/bin is not on
# every desktop session's PATH.
mkdir -p "$share/applications"
sed "s|^Exec=samverka |Exec=\"$prefix/bin/samverka\" |" packaging/linux/se.samverka.app.desktop \
  >"$share/applications/se.samverka.app.desktop"
install -Dm644 packaging/linux/samverka-mime.xml "$share/mime/packages/samverka.xml"
install -Dm644 assets/icon.png "$share/icons/hicolor/512x512/apps/se.samverka.app.png"
icons=$(mktemp -d)
trap 'rm -rf "$icons"' EXIT
go run ./cmd/samverka-pack icons "$icons"
install -Dm644 "$icons/samverka-file.png" "$share/icons/hicolor/256x256/mimetypes/application-x-samverka.png"

if command -v update-mime-database >/dev/null; then
  update-mime-database "$share/mime"
else
  echo "install-desktop: update-mime-database is missing (shared-mime-info); .samverka files get their type at next login" >&2
fi
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Samverka is installed in $prefix: start it from the menu or double-click a .samverka file."
