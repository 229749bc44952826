#!/usr/bin/env bash
# windows-smoke.sh: run the Windows programs under Wine, not only build them.
#
#   scripts/windows-smoke.sh            every step below
#   scripts/windows-smoke.sh cli gui    only those steps (cli, gui, msi, busy)
#
# Steps:
#   cli   samverka-cli.exe makes a demo council in a folder with å and spaces
#         under C:\users\…, imports a list, merges a copy, prints a PDF,
#         verifies it and checks the file.
#   gui   Samverka.exe (make windows) starts under Xvfb with that file; a
#         screenshot of the X screen shows the overview drawn; Ctrl+O shows
#         Windows' own file dialog.
#   msi   dist/Samverka.msi (make msi) installs without a dialog, registers
#         .samverka with an Open command, opens a council through the
#         association and uninstalls cleanly.
#   busy  a small holder program keeps the council open the way OneDrive or
#         a virus scanner does while samverka-cli.exe imports into it.
#
# Debian 12's Wine 8 has no bcryptprimitives.dll, where Go 1.21 and later
# find ProcessPrng; scripts/wine/processprng.c supplies one. Everything runs
# in a Wine prefix of its own under build/windows-smoke (SMOKE_DIR), with a
# time limit on every Wine call and Wine's dialogs (crash reports, Mono and
# Gecko installers, desktop menus) switched off, so nothing can wait for a
# click. Screenshots go to docs/screenshots (SHOTS_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
steps=("$@")
[[ ${#steps[@]} -gt 0 ]] || steps=(cli gui msi busy)

work=${SMOKE_DIR:-$PWD/build/windows-smoke}
shots=${SHOTS_DIR:-$PWD/docs/screenshots}
export WINEPREFIX=$work/prefix
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
# Wine turns the arguments into UTF-16 with the Unix locale's charset: it
# must be UTF-8 for "Rådet Skärholmen" to arrive whole. C.UTF-8 is always there.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset DISPLAY

fail() {
  echo "windows-smoke: FAIL: $*" >&2
  exit 1
}
note() { echo "windows-smoke: $*"; }
trap 'echo "windows-smoke: FAIL: line $LINENO: $BASH_COMMAND" >&2' ERR

for tool in wine wineserver Xvfb import xdotool pdftotext x86_64-w64-mingw32-gcc timeout; do
  command -v "$tool" >/dev/null || fail "$tool is missing; run scripts/sysdeps.sh windows"
done

xvfb=
cleanup() {
  # Stops only what runs in this test's own prefix, then its display.
  timeout 20 wineserver -k 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT

# wine_run SECONDS NAME PROGRAM ARGS…: runs a Windows program, keeps its
# output in $work/NAME.out and .err and returns its exit code. A program that
# outlives SECONDS is stopped and reported with its output.
wine_run() {
  local limit=$1 name=$2
  shift 2
  local rc=0
  timeout -k 10 "$limit" wine "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    echo "--- $name: stdout" >&2; cat "$work/$name.out" >&2
    echo "--- $name: stderr" >&2; cat "$work/$name.err" >&2
    fail "$name did not finish within ${limit}s"
  fi
  return $rc
}

# wine_ok SECONDS NAME PROGRAM ARGS…: like wine_run, but the program must succeed.
wine_ok() {
  local name=$2 rc=0
  wine_run "$@" || rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "--- $name: stdout" >&2; cat "$work/$name.out" >&2
    echo "--- $name: stderr" >&2; cat "$work/$name.err" >&2
    fail "$name exited with $rc"
  fi
}

# build: the programs under test, cross-compiled.
build() {
  mkdir -p "$work"
  local version
  version=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
  note "building samverka-cli.exe and the ProcessPrng DLL"
  CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -ldflags "-X main.version=$version" \
    -o "$work/samverka-cli.exe" ./cmd/samverka-cli
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$work/bcryptprimitives.dll" scripts/wine/processprng.c -ladvapi32
}

# prefix: a fresh Wine prefix with ProcessPrng and without dialogs.
prefix() {
  if [[ ${SMOKE_REUSE:-} == 1 && -e $WINEPREFIX/samverka-ready ]]; then
    note "reusing the Wine prefix in $WINEPREFIX (SMOKE_REUSE=1)"
    cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
    prefix_user
    return
  fi
  rm -rf "$WINEPREFIX"
  note "making a Wine prefix in $WINEPREFIX"
  wine_ok 240 wineboot wineboot -i
  local sys32=$WINEPREFIX/drive_c/windows/system32
  [[ -d $sys32 ]] || fail "wineboot made no $sys32"
  cp "$work/bcryptprimitives.dll" "$sys32/bcryptprimitives.dll"
  cat >"$work/quiet.reg" <<'EOF'
REGEDIT4

[HKEY_CURRENT_USER\Software\Wine\WineDbg]
"ShowCrashDialog"=dword:00000000

[HKEY_CURRENT_USER\Software\Wine\DllOverrides]
"bcryptprimitives"="native,builtin"
"winemenubuilder.exe"=""
"mscoree"=""
"mshtml"=""
EOF
  wine_ok 60 regedit regedit /S "$(winpath "$work/quiet.reg")"
  timeout 60 wineserver -w || fail "Wine did not settle after making the prefix"
  touch "$WINEPREFIX/samverka-ready"
  prefix_user
}

# prefix_user: the Wine user's home folder, as Unix and Windows paths.
prefix_user() {
  wuser=$(ls "$WINEPREFIX/drive_c/users" | grep -vx Public | head -1)
  [[ -n $wuser ]] || fail "the prefix has no user folder"
  home_unix=$WINEPREFIX/drive_c/users/$wuser
  home_win='C:\users\'$wuser
}

# winpath UNIX-PATH: the path as a Windows program sees it.
winpath() { timeout 30 winepath -w "$1" 2>/dev/null; }

# The council under test, in a folder with å and spaces under C:\users\….
folder='Rådet Skärholmen'
council='Brottsförebyggande rådet Skärholmen.samverka'

cli_steps() {
  local dir_unix=$home_unix/$folder dir_win=$home_win'\'$folder
  local file=$dir_win'\'$council copy=$dir_win'\kopia från Åsa.samverka'
  rm -rf "$dir_unix"
  mkdir -p "$dir_unix"
  note "cli: demo, import, merge, pdf, verify, check in $dir_win"
  wine_ok 120 cli-demo "$work/samverka-cli.exe" demo "$file"
  [[ -s $dir_unix/$council ]] || fail "demo made no file at $dir_unix/$council"
  cp "$dir_unix/$council" "$dir_unix/kopia från Åsa.samverka"

  printf '\xef\xbb\xbfName;Type of organisation\r\nFöreningen Ängsbacken;Association/civil society\r\n' >"$dir_unix/nya parter.csv"
  wine_ok 120 cli-import "$work/samverka-cli.exe" import "$copy" --csv parts "$dir_win"'\nya parter.csv'
  grep -q '1 new' "$work/cli-import.out" || fail "import: unexpected answer: $(cat "$work/cli-import.out")"

  wine_ok 120 cli-merge "$work/samverka-cli.exe" merge "$file" "$copy"
  grep -q '1 added' "$work/cli-merge.out" || fail "merge: unexpected answer: $(cat "$work/cli-merge.out")"
  wine_ok 60 cli-list "$work/samverka-cli.exe" list "$file" parts
  grep -q 'Föreningen Ängsbacken' "$work/cli-list.out" || fail "the merged part is not in the council's list of parts"

  wine_ok 180 cli-pdf "$work/samverka-cli.exe" pdf "$file" plan -o "$dir_win"'\Åtgärdsplan 2026.pdf'
  [[ -s "$dir_unix/Åtgärdsplan 2026.pdf" ]] || fail "pdf: no file written"
  pdftotext "$dir_unix/Åtgärdsplan 2026.pdf" "$work/plan.txt"
  grep -q 'Åtgärdsplan' "$work/plan.txt" && grep -q 'Skärholmen' "$work/plan.txt" || fail "pdf: the plan does not name the council"
  # Every agreement printed and verified: verify reads the PDF back and
  # says "Verified" only for a printout of a version in force, which the
  # demo council has at least one of.
  wine_ok 60 cli-agreements "$work/samverka-cli.exe" list "$file" agreements
  local id verified=0 n=0
  for id in $(cut -f1 "$work/cli-agreements.out" | tr -d '\r'); do
    n=$((n + 1))
    wine_ok 180 cli-pdf-agreement "$work/samverka-cli.exe" pdf "$file" agreement "$id" -o "$dir_win"'\Överenskommelse '"$n"'.pdf'
    [[ -s "$dir_unix/Överenskommelse $n.pdf" ]] || fail "pdf: agreement $id was not printed"
    if wine_run 120 cli-verify "$work/samverka-cli.exe" verify "$file" "$dir_win"'\Överenskommelse '"$n"'.pdf' &&
      cat "$work/cli-verify.out" "$work/cli-verify.err" | grep -q '^Verified'; then
      verified=$((verified + 1))
    fi
  done
  [[ $verified -ge 1 ]] || fail "verify: none of the $n printed agreements was verified: $(cat "$work/cli-verify.out" "$work/cli-verify.err")"
  wine_ok 120 cli-check "$work/samverka-cli.exe" check "$file"
  [[ ! -e "$dir_unix/$council.lock" ]] || fail "a lock note was left behind"
  note "cli: passed"
}

# display_start: a virtual X screen for the GUI, on a free display number.
display_start() {
  [[ -n $xvfb ]] && return
  local n
  for n in $(seq 150 199); do
    if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then
      Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
      xvfb=$!
      export DISPLAY=:$n
      sleep 1
      kill -0 "$xvfb" 2>/dev/null || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
      return
    fi
  done
  fail "no free X display"
}

# window_shows TEXT SECONDS: waits until a window whose title holds TEXT is
# on the screen, then prints its title.
window_shows() {
  local text=$1 limit=$2 i id
  for ((i = 0; i < limit; i++)); do
    id=$(xdotool search --name "$text" 2>/dev/null | head -1 || true)
    if [[ -n $id ]]; then
      xdotool getwindowname "$id"
      return 0
    fi
    sleep 1
  done
  return 1
}

# screenshot OUT.png TITLE: the X screen where the window whose title
# holds TITLE is (Samverka's 1280×800; without a window manager Wine draws
# no frame around it). The picture must not be blank.
screenshot() {
  local id X Y WIDTH HEIGHT
  id=$(xdotool search --name "$2" | tail -1)
  eval "$(xdotool getwindowgeometry --shell "$id" | grep -E '^(X|Y|WIDTH|HEIGHT)=[0-9]+$')"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$1"
  local colours
  colours=$(convert "$1" -format '%k' info:)
  [[ $colours -gt 64 ]] || fail "the screenshot $1 is blank ($colours colours)"
}

# swedish: Samverka speaks Swedish in this prefix (Wine's locale is C.UTF-8).
swedish() {
  local prefs=$home_unix/AppData/Roaming/fyne/se.samverka.app
  mkdir -p "$prefs"
  echo '{"language":"sv"}' >"$prefs/preferences.json"
}

# council_ready: the demo council of the cli step, made now if that step did not run.
council_ready() {
  [[ -s $home_unix/$folder/$council ]] && return
  mkdir -p "$home_unix/$folder"
  wine_ok 120 cli-demo "$work/samverka-cli.exe" demo "$home_win"'\'"$folder"'\'"$council"
}

# native_dialog: Ctrl+O in the running Samverka.exe shows Windows' own file
# dialog (sqweek/dialog), not Fyne's; Escape closes it.
native_dialog() {
  local id title
  id=$(xdotool search --name rholmen | tail -1)
  xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id" || true
  sleep 1
  xdotool key --clearmodifiers ctrl+o
  if ! title=$(window_shows 'ppna en r' 30); then
    import -window root "$work/dialog-failed.png" || true
    fail "Ctrl+O showed no Windows file dialog titled “Öppna en rådsfil” within 30 s (screen in $work/dialog-failed.png)"
  fi
  note "gui: Ctrl+O shows Windows' own dialog “$title”"
  sleep 3
  screenshot "$shots/w3-windows-oppna-dialog.png" rholmen
  xdotool key Escape
}

gui_steps() {
  [[ -s dist/Samverka.exe ]] || fail "dist/Samverka.exe is missing; run make windows"
  council_ready
  display_start
  swedish
  local file=$home_win'\'$folder'\'$council
  note "gui: starting Samverka.exe with $file on $DISPLAY"
  timeout -k 10 120 wine dist/Samverka.exe "$file" >"$work/gui.out" 2>"$work/gui.err" &
  local gui=$!
  local title
  if ! title=$(window_shows 'Samverka' 90); then
    cat "$work/gui.out" "$work/gui.err" >&2
    import -window root "$work/gui-failed.png" || true
    fail "Samverka.exe showed no window within 90 s (screen in $work/gui-failed.png)"
  fi
  note "gui: window “$title”"
  if ! title=$(window_shows 'rholmen' 60); then
    import -window root "$work/gui-failed.png" || true
    fail "Samverka.exe did not open the council within 60 s (screen in $work/gui-failed.png; output in $work/gui.err)"
  fi
  note "gui: window “$title”"
  sleep 8
  screenshot "$shots/w1-windows-oversikt.png" rholmen
  native_dialog
  kill "$gui" 2>/dev/null || true
  timeout 20 wineserver -k 2>/dev/null || true
  wait "$gui" 2>/dev/null || true
  note "gui: passed; screenshots in $shots/w1-windows-oversikt.png and w3-windows-oppna-dialog.png"
}

# reg_text KEY: the registry key and its subkeys as text (reg export writes
# UTF-16; reg query prints å in the console's code page).
reg_text() {
  rm -f "$work/key.reg"
  wine_run 60 reg-export reg export "$1" "$(winpath "$work/key.reg")" /y || true
  [[ -s $work/key.reg ]] && iconv -f UTF-16 -t UTF-8 "$work/key.reg" | tr -d '\r'
}

# installed_products: the Samverka entries of Add or remove programs.
installed_products() {
  local key
  for key in 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall'; do
    reg_text "$key" || true
  done | grep -c '^"DisplayName"="Samverka"' || true
}

msi_steps() {
  [[ -s dist/Samverka.msi ]] || fail "dist/Samverka.msi is missing; run make msi"
  council_ready
  display_start
  swedish
  local source
  source=$(msiinfo suminfo dist/Samverka.msi | sed -n 's/^Source: \([0-9]*\).*/\1/p')
  (( source & 8 )) || fail "the MSI asks for administrator rights (summary Source $source lacks bit 8)"
  msiinfo export dist/Samverka.msi Property | tr -d '\r' >"$work/msi-property.txt"
  grep -q $'^ALLUSERS\t2' "$work/msi-property.txt" && grep -q $'^MSIINSTALLPERUSER\t1' "$work/msi-property.txt" ||
    fail "the MSI is not a per-user package (ALLUSERS=2, MSIINSTALLPERUSER=1)"

  local msi_win program="$WINEPREFIX/drive_c/Program Files/Samverka"
  local menu="$home_unix/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
  msi_win=$(winpath "$PWD/dist/Samverka.msi")
  note "msi: msiexec /i $msi_win /qn"
  wine_ok 180 msi-install msiexec /i "$msi_win" /qn
  [[ -s $program/Samverka.exe ]] || fail "msiexec installed no $program/Samverka.exe"
  [[ -s $menu/Samverka.lnk ]] || fail "no Start-menu shortcut $menu/Samverka.lnk"
  [[ $(installed_products) -eq 1 ]] || fail "Add or remove programs does not list Samverka once"

  reg_text 'HKCR\.samverka' >"$work/reg-ext.txt" || fail "reg: .samverka is not registered"
  reg_text 'HKCR\Samverka.Council' >"$work/reg-progid.txt" || fail "reg: Samverka.Council is not registered"
  cat "$work/reg-ext.txt" "$work/reg-progid.txt"
  grep -qx '@="Samverka.Council"' "$work/reg-ext.txt" || fail "reg: .samverka is not bound to Samverka.Council"
  grep -qx '@="Samverka-rådsfil"' "$work/reg-progid.txt" || fail "reg: the file type's description is not Samverka-rådsfil"
  grep -q 'shell\\open\\command\]' "$work/reg-progid.txt" &&
    grep -qF '@="\"C:\\Program Files\\Samverka\\Samverka.exe\" \"%1\""' "$work/reg-progid.txt" ||
    fail "reg: no Open command passing the file to Samverka.exe"
  grep -qF 'samverka-file.ico' "$work/reg-progid.txt" || fail "reg: the file type has no icon of its own"

  local file=$home_win'\'$folder'\'$council
  note "msi: wine start $file (through the association)"
  wine_ok 60 msi-start start "$file"
  local title
  if ! title=$(window_shows 'rholmen' 120); then
    import -window root "$work/msi-start-failed.png" || true
    fail "opening the council through its association showed no Samverka window with the council within 120 s (screen in $work/msi-start-failed.png)"
  fi
  note "msi: window “$title”"
  pgrep -f 'Program Files.Samverka.Samverka.exe' >/dev/null || fail "the window is not the installed Samverka.exe's"
  sleep 8
  screenshot "$shots/w2-windows-dubbelklick.png" rholmen
  timeout 20 wineserver -k 2>/dev/null || true

  # A newer MSI with the same UpgradeCode replaces the installed one.
  local version next
  version=$(sed -n $'s/^ProductVersion\t//p' "$work/msi-property.txt")
  next=${version%.*}.$(( ${version##*.} + 1 ))
  wixl -a x64 -D Version="$next" -D Describe=upgrade-test -D Exe=dist/Samverka.exe -D Icons=build/icons \
    -o "$work/Samverka-next.msi" packaging/windows/Samverka.wxs 2>"$work/wixl-next.err" || fail "wixl: $(cat "$work/wixl-next.err")"
  note "msi: upgrading $version → $next"
  wine_ok 180 msi-upgrade msiexec /i "$(winpath "$work/Samverka-next.msi")" /qn
  [[ $(installed_products) -eq 1 ]] || fail "after the upgrade, Add or remove programs does not list Samverka exactly once"

  note "msi: msiexec /x"
  wine_ok 180 msi-remove msiexec /x "$(winpath "$work/Samverka-next.msi")" /qn
  [[ ! -e $program ]] || fail "uninstalling left $program: $(ls -R "$program")"
  [[ ! -e $menu/Samverka.lnk ]] || fail "uninstalling left the Start-menu shortcut"
  ! reg_text 'HKCR\.samverka' >/dev/null || fail "uninstalling left .samverka registered"
  ! reg_text 'HKCR\Samverka.Council' >/dev/null || fail "uninstalling left Samverka.Council registered"
  [[ $(installed_products) -eq 0 ]] || fail "uninstalling left Samverka in Add or remove programs"
  note "msi: passed; screenshot in $shots/w2-windows-dubbelklick.png"
}

# hold_start SECONDS: holder.exe holds the council open for SECONDS, as a
# sync client or virus scanner does; returns once it holds the file.
holder=
hold_start() {
  rm -f "$work/holder.out"
  timeout -k 10 $(( $1 + 60 )) wine "$work/holder.exe" "$home_win"'\'"$folder"'\'"$council" "$1" \
    >"$work/holder.out" 2>&1 &
  holder=$!
  local i
  for ((i = 0; i < 60; i++)); do
    grep -q holding "$work/holder.out" 2>/dev/null && return 0
    kill -0 "$holder" 2>/dev/null || fail "holder.exe stopped: $(cat "$work/holder.out")"
    sleep 0.5
  done
  fail "holder.exe did not open the council within 30 s"
}

hold_end() { wait "$holder" || fail "holder.exe failed: $(cat "$work/holder.out")"; }

# part_imported NAME: the council's list of parts names NAME.
part_imported() {
  wine_ok 60 busy-list "$work/samverka-cli.exe" list "$home_win"'\'"$folder"'\'"$council" parts
  grep -q "$1" "$work/busy-list.out"
}

busy_steps() {
  council_ready
  local doc=$home_unix/$folder/$council file=$home_win'\'$folder'\'$council
  note "busy: storage's Windows tests (sharing violations, hidden lock note, OneDrive cloud-only files) under Wine"
  x86_64-w64-mingw32-gcc -municode -O2 -s -o "$work/holder.exe" scripts/wine/holder.c
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -c -o "$work/storage.test.exe" ./storage
  wine_ok 300 storage-tests "$work/storage.test.exe" -test.v \
    -test.run 'TestBusyClassification$|TestRenameWaitsForHolder|TestTempRemovedWhenFreed|TestLockNoteHidden|TestRetryBusy|TestCloudPlaceholderAttributes|TestCloudErrnos|TestCloudErrorWindows|TestCloudOnlyWindows'
  grep -E '^(--- |ok|PASS)' "$work/storage-tests.out"

  printf '\xef\xbb\xbfName;Type of organisation\r\nHållaren AB;Other\r\n' >"$home_unix/kort.csv"
  printf '\xef\xbb\xbfName;Type of organisation\r\nLånghållaren AB;Other\r\n' >"$home_unix/lang.csv"
  local before rc

  note "busy: import while another program holds the council for 3 s"
  hold_start 3
  before=$(sha256sum <"$doc")
  rc=0
  wine_run 120 busy-short "$work/samverka-cli.exe" import "$file" --csv parts "$home_win"'\kort.csv' || rc=$?
  hold_end
  if [[ $rc -eq 0 ]]; then
    note "busy: the import waited and succeeded: $(cat "$work/busy-short.out")"
  else
    grep -q 'in use by another program' "$work/busy-short.err" || fail "busy: import failed without the in-use message: $(cat "$work/busy-short.err")"
    [[ $(sha256sum <"$doc") == "$before" ]] || fail "busy: the refused import changed the council"
    wine_ok 120 busy-short-again "$work/samverka-cli.exe" import "$file" --csv parts "$home_win"'\kort.csv'
  fi
  part_imported 'Hållaren AB' || fail "busy: the import after a short hold is not in the council"

  note "busy: import while another program holds the council for 30 s, longer than a save waits"
  hold_start 30
  before=$(sha256sum <"$doc")
  rc=0
  wine_run 120 busy-long "$work/samverka-cli.exe" import "$file" --csv parts "$home_win"'\lang.csv' || rc=$?
  cat "$work/busy-long.err"
  [[ $rc -eq 1 ]] || fail "busy: import into a council held for 30 s exited with $rc, want 1"
  grep -q 'in use by another program' "$work/busy-long.err" || fail "busy: no in-use message: $(cat "$work/busy-long.err")"
  [[ $(sha256sum <"$doc") == "$before" ]] || fail "busy: the refused import changed the council"
  hold_end
  note "busy: the holder let go; the same import again"
  wine_ok 120 busy-after "$work/samverka-cli.exe" import "$file" --csv parts "$home_win"'\lang.csv'
  part_imported 'Långhållaren AB' || fail "busy: the import after the holder let go is not in the council"
  wine_ok 60 busy-check "$work/samverka-cli.exe" check "$file"
  if compgen -G "$home_unix/$folder/.*samverka-tmp*" >/dev/null; then
    fail "busy: temp files left beside the council: $(ls -a "$home_unix/$folder")"
  fi
  note "busy: passed"
}

build
prefix
for step in "${steps[@]}"; do
  case $step in
    cli) cli_steps ;;
    gui) gui_steps ;;
    msi) msi_steps ;;
    busy) busy_steps ;;
    *) fail "unknown step $step (cli, gui, msi, busy)" ;;
  esac
done
note "all passed"
