#!/usr/bin/env bash
# End-to-end comparison, all in one run, on two corpora:
#   generated  COUNT reports from the corpus generator (seed 1; mostly Markdown-like text)
#   fixtures   the five plain-text fixtures of ../shared/fixtures copied COPIES times (the input where the peers
#              are fastest: plain text, no Markdown to parse)
# Tools: govlint (Native AOT, full default pack), textlint 15 + textlint-rule-prh (five substitutions, pinned in
# bench/peer) and autocorrect (npm autocorrect-node, pinned in bench/autocorrect; `--lint --format json`, its default
# rules). Prints per corpus wall and CPU (user+sys) seconds, MB/s (wall), peak memory and the ratios to govlint, and
# the Native AOT cold start for one report (median of 10). Installs the peers with npm.
#   bench/compare.sh [COUNT] [COPIES]        (defaults 2000 and 2000: 2,000 generated reports, 10,000 fixture copies)
# GOVLINT=path/to/govlint measures that binary instead of publishing the working tree (e.g. an older build).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
copies=${2:-2000}
work=bench/work
mkdir -p "$work"

if [ -n "${GOVLINT:-}" ]; then
  govlint=$GOVLINT
else
  echo "== publishing govlint (Native AOT)"
  dotnet publish src/Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/govlint-aot" --nologo -v quiet > /dev/null
  govlint=$work/govlint-aot/govlint
fi

generated="$work/corpus-$count"
if [ ! -d "$generated" ]; then
  echo "== generating $count reports"
  dotnet build bench/Govlint.Bench -c Release --nologo -v quiet > /dev/null
  dotnet run -c Release --no-build --project bench/Govlint.Bench -- generate --count "$count" --seed 1 --out "$generated" > /dev/null
fi
fixtures="$work/fixture-copies-$copies"
if [ ! -d "$fixtures" ]; then
  echo "== copying the five fixtures $copies times"
  mkdir -p "$fixtures"
  for i in $(seq -w 1 "$copies"); do
    for f in ../shared/fixtures/*.txt; do cp "$f" "$fixtures/c$i-$(basename "$f")"; done
  done
fi

echo "== installing the peers (pinned in bench/peer/package.json and bench/autocorrect/package.json)"
(cd bench/peer && npm install --no-package-lock --no-audit --no-fund --silent > /dev/null)
(cd bench/autocorrect && npm install --no-package-lock --no-audit --no-fund --silent > /dev/null)
root=$PWD
autocorrect=$root/bench/autocorrect/node_modules/.bin/autocorrect
# autocorrect reads .autocorrectrc from the folder it runs in: an empty folder gives it its default rules.
noconfig=$(mktemp -d)

measure() { # command...: prints "wall user sys peak_kb"
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$log"; rm -f "$log"
}

rows=()
run_corpus() { # label, folder
  local label=$1 dir=$2 abs bytes files
  abs=$(cd "$dir" && pwd)
  files=$(find "$abs" -name '*.txt' -o -name '*.md' | wc -l)
  bytes=$(find "$abs" \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -c)
  echo "== $label: $files reports, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
  local g t a
  g=$(measure "$govlint" lint "$abs" --format csv)
  t=$(cd bench/peer && measure npx textlint --config .textlintrc.json "$abs/**/*.{txt,md}")
  a=$(cd "$noconfig" && measure "$autocorrect" --lint --format json "$abs")
  rows+=("$label $files $bytes govlint $g" "$label $files $bytes textlint+prh $t" "$label $files $bytes autocorrect $a")
}
run_corpus generated "$generated"
run_corpus fixtures "$fixtures"
rmdir "$noconfig"

echo "== cold start: one report, Native AOT, median of 10 runs"
one=$(find "$fixtures" -name '*.txt' | sort | sed -n 1p)
times=()
for _ in $(seq 10); do
  start=$(date +%s%N); "$govlint" lint "$one" > /dev/null 2>&1 || true; end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
cold=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 5p)

printf '\n| corpus | tool | wall s | CPU s | MB/s | peak MB | wall ÷ govlint | CPU ÷ govlint |\n|---|---|---|---|---|---|---|---|\n'
declare -A gwall gcpu
for row in "${rows[@]}"; do
  set -- $row
  if [ "$4" = govlint ]; then gwall[$1]=$5; gcpu[$1]=$(awk -v u="$6" -v s="$7" 'BEGIN { print u + s }'); fi
done
for row in "${rows[@]}"; do
  set -- $row
  awk -v c="$1" -v n="$4" -v b="$3" -v w="$5" -v u="$6" -v s="$7" -v k="$8" -v gw="${gwall[$1]}" -v gc="${gcpu[$1]}" 'BEGIN {
    cpu = u + s
    printf "| %s | %s | %.2f | %.2f | %.1f | %.0f | %.1f× | %.1f× |\n", c, n, w, cpu, b / 1e6 / w, k / 1024, w / gw, cpu / gc }'
done
echo
echo "cold start, one report (Native AOT, median of 10): ${cold} ms"
