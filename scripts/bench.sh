#!/usr/bin/env bash
# bench.sh: run the benchmarks and print DESIGN.md's budgets as ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
out=$(mktemp -d)
trap 'rm -rf "$out"; [[ -n ${xvfb:-} ]] && kill "$xvfb" 2>/dev/null || true' EXIT

echo "== go test -bench (this takes a few minutes)"
LANG=en_US.UTF-8 go test -run '^$' -bench . -benchmem -benchtime 3x -timeout 30m ./... 2>&1 | tee "$out/bench.txt"

echo "== building the programs"
go build -o "$out/samverka" ./cmd/samverka
go build -o "$out/hello" ./internal/benchhello
CGO_ENABLED=0 go build -o "$out/samverka-cli" ./cmd/samverka-cli
"$out/samverka-cli" demo "$out/stockholm.samverka" --scale stockholm --seed 1 --today 2026-01-15 >/dev/null
"$out/samverka-cli" demo "$out/small.samverka" --seed 1 --today 2026-01-15 >/dev/null

gui=()
if [[ -z ${DISPLAY:-} ]] && command -v Xvfb >/dev/null; then
  for n in $(seq 151 199); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    export DISPLAY=":$n"; sleep 0.5; break
  done
fi
if [[ -n ${DISPLAY:-} ]]; then
  # Under Xvfb, Mesa's llvmpipe gives Fyne an empty picture; softpipe works.
  export GALLIUM_DRIVER=softpipe
  # Working copies and backups of the measured runs stay in the temp folder.
  export XDG_CONFIG_HOME="$out/config" XDG_CACHE_HOME="$out/cache"
  gui=(-gui "$out/samverka" -hello "$out/hello" -small "$out/small.samverka")
else
  echo "(no display and no Xvfb: GUI start and memory not measured)"
fi
echo
echo "(load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime))"
go run ./cmd/samverka-bench -bench "$out/bench.txt" -cli "$out/samverka-cli" -file "$out/stockholm.samverka" "${gui[@]}"
