#!/usr/bin/env bash
# sysdeps.sh: make sure the system packages Samverka needs are installed.
#
#   scripts/sysdeps.sh gui     what building the Fyne program needs
#   scripts/sysdeps.sh test    that, plus what the tests use (Xvfb, poppler, qpdf, mingw-w64,
#                              LibreOffice, shared-mime-info and desktop-file-utils)
#   scripts/sysdeps.sh windows that, plus Wine and wixl for make msi and make windows-smoke
#
# On Debian/Ubuntu it installs what is missing (as root, or with sudo when that
# works without a password); otherwise it prints the exact command to run.
# On other systems it only says what the README asks for and returns.
set -euo pipefail
what=${1:-gui}
case "$(uname -s)" in
  Linux) ;;
  Darwin) command -v xcode-select >/dev/null && xcode-select -p >/dev/null 2>&1 || \
            echo "Samverka: install Xcode's command line tools first: xcode-select --install" >&2
          exit 0 ;;
  *) exit 0 ;;
esac
if ! command -v dpkg >/dev/null 2>&1; then
  echo "Samverka: not a Debian/Ubuntu system; install OpenGL and X11 development headers for Fyne (see README)." >&2
  exit 0
fi
pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev)
if [[ $what == test || $what == windows ]]; then
  pkgs+=(xvfb imagemagick poppler-utils qpdf gcc-mingw-w64-x86-64 xdotool libreoffice-writer-nogui
    shared-mime-info desktop-file-utils)
fi
if [[ $what == windows ]]; then
  # wine is the /usr/bin/wine launcher, wine64 the 64-bit Wine itself;
  # wixl builds the MSI and msitools reads it back (msiinfo).
  pkgs+=(wine wine64 wixl msitools procps)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
echo "Samverka: installing system packages: ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  bash -c "$cmd"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo bash -c "$cmd"
else
  echo "Samverka: please run this once, then try again:" >&2
  echo "  sudo bash -c '$cmd'" >&2
  exit 1
fi
