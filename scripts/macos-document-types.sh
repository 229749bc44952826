#!/usr/bin/env bash
# macos-document-types.sh APP: on a Mac, give Samverka.app the .samverka
# document type. It adds packaging/macos/DocumentTypes.plist to the
# Info.plist that fyne package wrote, puts the file icon beside the
# program's, and signs the bundle again (ad hoc), since editing Info.plist
# breaks the signature. Finder reads the new type when the app is copied
# to Applications or registered with lsregister.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:?usage: macos-document-types.sh Samverka.app}
plist=$app/Contents/Info.plist
[[ -f $plist ]] || { echo "macos-document-types: no $plist" >&2; exit 1; }
/usr/libexec/PlistBuddy -c "Merge packaging/macos/DocumentTypes.plist" "$plist"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go run ./cmd/samverka-pack icons "$work"
set=$work/samverka-file.iconset
mkdir "$set"
for s in 16 32 128 256; do
  sips -z $s $s "$work/samverka-file.png" --out "$set/icon_${s}x${s}.png" >/dev/null
  sips -z $((s * 2)) $((s * 2)) "$work/samverka-file.png" --out "$set/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$set" -o "$app/Contents/Resources/samverka-file.icns"
codesign --force --deep --sign - "$app"
/System/Library/Frameworks/CoreServices.framework/Frameworks/LaunchServices.framework/Support/lsregister -f "$app" || true
