#!/usr/bin/env bash
# GI6003 against a reference: autocorrect's fullwidth rule (npm autocorrect-node, pinned in
# bench/autocorrect/package.json, spacing rules off in bench/autocorrect/autocorrectrc.yml), on the
# fixtures and the real reports of ../shared. Lists every line where autocorrect changes only
# punctuation and govlint reports no GI6003, and the reverse. Not a test: a report to read.
#   bench/gi6003-autocorrect.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(cd .. && pwd)
work=bench/work/gi6003
mkdir -p "$work"

echo "== installing autocorrect-node (pinned in bench/autocorrect/package.json)" >&2
(cd bench/autocorrect && npm install --no-package-lock --no-audit --no-fund --silent > /dev/null)
echo "== building govlint" >&2
dotnet build src/Cli -c Release --nologo -v quiet > /dev/null

files=("$root"/shared/fixtures/*.txt)
for f in "$root"/shared/real/*; do
  case "$f" in *.txt|*.md|*.html) [ "$(basename "$f")" = README.md ] || files+=("$f");; esac
done

dotnet src/Cli/bin/Release/net10.0/govlint.dll lint "${files[@]}" --format json > "$work/govlint.json" || true
bench/autocorrect/node_modules/.bin/autocorrect --lint --format json --quiet \
  -c bench/autocorrect/autocorrectrc.yml "${files[@]}" > "$work/autocorrect.json" || true
node bench/autocorrect/compare.mjs "$work/govlint.json" "$work/autocorrect.json" "$root"
