#!/usr/bin/env bash
# End-to-end comparison on one generated corpus: govlint (full default pack) against textlint 15 +
# textlint-rule-prh (five substitutions). Prints reports/s, MB/s, peak memory and the ratio, and the
# cold start of linting one report. Installs the peer from npm into bench/peer (pinned versions).
#   bench/compare.sh [COUNT]      (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
work=bench/work
mkdir -p "$work"

echo "== building govlint (Release with ReadyToRun, and Native AOT) and the generator"
dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/govlint" --nologo -v quiet > /dev/null
aot=yes
dotnet publish src/Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/govlint-aot" --nologo -v quiet > /dev/null 2>&1 || aot=no
dotnet build bench/Govlint.Bench -c Release --nologo -v quiet > /dev/null

corpus="$work/corpus-$count"
if [ ! -d "$corpus" ]; then
  echo "== generating $count reports"
  dotnet run -c Release --no-build --project bench/Govlint.Bench -- generate --count "$count" --seed 1 --out "$corpus"
fi
bytes=$(find "$corpus" -name '*.txt' -o -name '*.md' | xargs cat | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1000000 }')

echo "== installing the peer (textlint + textlint-rule-prh, pinned in bench/peer/package.json)"
(cd bench/peer && npm install --no-package-lock --no-audit --no-fund --silent > /dev/null)

measure() { # label, command...: prints "seconds peak_kb"
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$log"; rm -f "$log"
}

echo "== govlint lint ($count reports, $mb MB)"
read -r g_sec g_kb < <(measure "$work/govlint/govlint" lint "$corpus" --format csv)
if [ "$aot" = yes ]; then read -r a_sec a_kb < <(measure "$work/govlint-aot/govlint" lint "$corpus" --format csv); fi
echo "== textlint + prh"
read -r t_sec t_kb < <(cd bench/peer && measure npx textlint --config .textlintrc.json "../../$corpus/**/*.{txt,md}")

echo "== cold start: one report, median of 10 runs"
one=$(find "$corpus" -name '*.txt' | sort | sed -n 1p)
cold() {
  local times=()
  for _ in $(seq 10); do
    start=$(date +%s%N); "$1" lint "$one" > /dev/null 2>&1 || true; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 5p
}
cold_jit=$(cold "$work/govlint/govlint")
cold_aot=$( [ "$aot" = yes ] && cold "$work/govlint-aot/govlint" || echo "n/a")

printf '\n| tool | seconds | reports/s | MB/s | peak MB |\n|---|---|---|---|---|\n'
rows=("govlint $g_sec $g_kb")
[ "$aot" = yes ] && rows+=("govlint-AOT $a_sec $a_kb")
rows+=("textlint+prh $t_sec $t_kb")
for row in "${rows[@]}"; do
  set -- $row
  awk -v n="$1" -v s="$2" -v k="$3" -v c="$count" -v b="$bytes" 'BEGIN { printf "| %s | %.2f | %.0f | %.1f | %.0f |\n", n, s, c / s, b / 1e6 / s, k / 1024 }'
done
awk -v g="$g_sec" -v t="$t_sec" 'BEGIN { printf "\ngovlint is %.1f× as fast as textlint+prh", t / g }'
[ "$aot" = yes ] && awk -v g="$a_sec" -v t="$t_sec" 'BEGIN { printf " (AOT: %.1f×)", t / g }'
echo "."
echo "cold start, one report: ${cold_jit} ms (JIT), ${cold_aot} ms (Native AOT)"
