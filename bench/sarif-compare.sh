#!/usr/bin/env bash
# Output-equivalence check for refactorings: builds BASE (a git ref, default origin/main or HEAD~1)
# in a worktree and the working tree as it is, lints the same inputs with both and diffs the SARIF.
# Inputs: ../shared/fixtures, samples/, every readable file of ../shared/real, and a generated corpus
# (COUNT reports, seed 1, default 2000). Prints the diff (if any) and one line per input group.
#   bench/sarif-compare.sh [BASE] [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD}
count=${2:-2000}
work=bench/work/sarif-compare
rm -rf "$work/base" "$work/head" "$work/out-base" "$work/out-head"
mkdir -p "$work"

echo "== building $base in a worktree and the working tree"
# By absolute path: git matches a relative path by its last components first, so "$work/base-src" alone
# could remove the base-src of another checkout of this repository running the same script.
git worktree remove --force "$PWD/$work/base-src" > /dev/null 2>&1 || true
git worktree add --detach "$work/base-src" "$base" > /dev/null
dotnet publish "$work/base-src/src/Cli" -c Release -o "$work/base" --nologo -v quiet > /dev/null
dotnet publish src/Cli -c Release -o "$work/head" --nologo -v quiet > /dev/null
dotnet build bench/Govlint.Bench -c Release --nologo -v quiet > /dev/null

corpus="bench/work/corpus-$count"
if [ ! -d "$corpus" ]; then
  dotnet run -c Release --no-build --project bench/Govlint.Bench -- generate --count "$count" --seed 1 --out "$corpus" > /dev/null
fi

# Each binary reads the rules/ folder of its own tree (found beside the binary).
run() { # binary, outdir
  local bin=$1 out=$2
  mkdir -p "$out"
  for f in ../shared/fixtures/*.txt samples/* ../shared/real/*; do
    case "$f" in *.json|*README.md|*.pdf) continue ;; esac
    "$bin" lint "$f" --format sarif > "$out/$(basename "$f").sarif" 2> "$out/$(basename "$f").stderr" || true
  done
  "$bin" lint "$corpus" --format sarif > "$out/corpus.sarif" 2> /dev/null || true
}
run "$work/base/govlint" "$work/out-base"
run "$work/head/govlint" "$work/out-head"
git worktree remove --force "$PWD/$work/base-src" > /dev/null

# The tool version and rule help texts may differ between builds; results must not.
status=0
for f in "$work/out-base"/*.sarif; do
  name=$(basename "$f")
  if diff -q "$f" "$work/out-head/$name" > /dev/null; then
    echo "identical  $name"
  else
    echo "DIFFERENT  $name"
    diff "$f" "$work/out-head/$name" | head -40 || true
    status=1
  fi
done
exit $status
