#!/usr/bin/env bash
# The cost of govlint in instructions, counted by valgrind (cachegrind, no cache simulation): for one report (the
# Native AOT start included) and for COUNT fixture copies, and per report the difference divided by COUNT - 1.
# Unlike CPU seconds the count does not move with the machine's load, so two builds can be compared while other work
# runs; it does not see cache misses or the second core, so confirm a gain with bench/compare.sh when it is quiet.
#   bench/instructions.sh [COUNT]            (default 200; the five fixtures copied COUNT / 5 times)
# GOVLINT=path/to/govlint measures that binary instead of publishing the working tree as Native AOT.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
work=bench/work
mkdir -p "$work"
command -v valgrind > /dev/null || { echo "valgrind 不可用：apt-get install valgrind" >&2; exit 2; }
if [ -z "${GOVLINT:-}" ]; then
  echo "== publishing govlint (Native AOT)" >&2
  dotnet publish src/Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/govlint-aot" --nologo -v quiet > /dev/null
  GOVLINT=$work/govlint-aot/govlint
fi
# valgrind 3.19 cannot read the .dbg file the publish writes beside the binary: measure a copy without it.
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
cp "$GOVLINT" "$bin/govlint"
corpus="$work/instructions-$count"
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  for i in $(seq -w 1 $(( count / 5 ))); do
    for f in ../shared/fixtures/*.txt; do cp "$f" "$corpus/c$i-$(basename "$f")"; done
  done
fi
one=$(find "$corpus" -name '*.txt' | sort | sed -n 1p)
files=$(find "$corpus" -name '*.txt' | wc -l)
instructions() { # args...: instructions of `govlint args...`
  # No spinning in the thread pool: a waiting worker's spins would be counted as work.
  # (lint exits 1 when it finds something: the count is read whatever the exit code.)
  local log
  log=$(DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$bin/govlint" "$@" 2>&1 > /dev/null || true)
  sed -n 's/.*I *refs: *//p' <<< "$log" | tr -d ,
}
start=$(instructions --version)
single=$(instructions lint "$one" --format csv)
many=$(instructions lint "$corpus" --format csv)
awk -v v="$start" -v s="$single" -v m="$many" -v n="$files" 'BEGIN {
  printf "--version:            %7.1f M instructions\n", v / 1e6
  printf "lint, one report:     %7.1f M instructions\n", s / 1e6
  printf "lint, %d reports:   %7.1f M instructions\n", n, m / 1e6
  printf "per report:           %7.2f M instructions\n", (m - s) / (n - 1) / 1e6
}'
