#!/usr/bin/env bash
# Builds govlint's release files into dist/ (or $DIST) and smoke-tests each where this machine can run it:
#   govlint-VERSION-linux-x64.tar.gz     Native AOT (needs clang and zlib; installed with apt-get when missing and root)
#   govlint-VERSION-linux-arm64.tar.gz   self-contained single file (Native AOT cross-compiling needs an arm64 sysroot)
#   govlint-VERSION-win-x64.zip          self-contained single file (Native AOT for Windows is only built on Windows)
#   govlint.VERSION.nupkg                the .NET tool (dotnet tool install -g govlint)
#   SHA256SUMS
# The version is Directory.Build.props' <Version>, the one place it is set. TARGETS="linux-arm64 win-x64" builds
# only those (default: all three and the tool package).
# Smoke test: the binary copied alone into an empty folder runs lint on a sample, explain GI3001 and rules test.
# linux-arm64 runs under qemu-user when qemu-aarch64 and an arm64 libc are installed (SMOKE_INSTALL=1 installs
# qemu-user, libc6-arm64-cross and wine64 with apt-get); win-x64 under wine when wine is installed. What could not be
# run is said at the end, and never counted as passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=${DIST:-$root/dist}
version=$(dotnet msbuild src/Cli/Cli.csproj -getProperty:Version -nologo)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$dist" && mkdir -p "$dist"
declare -a smoked=() unsmoked=()

apt_install() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null; then return 1; fi
  apt-get update -qq > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null
}

# Native AOT on Linux links with clang (or gcc) against zlib.
if ! command -v clang > /dev/null && ! ls /usr/bin/clang-[0-9]* > /dev/null 2>&1; then apt_install clang || true; fi
if [ ! -e /usr/lib/x86_64-linux-gnu/libz.a ] && [ ! -e /usr/lib/x86_64-linux-gnu/libz.so ]; then apt_install zlib1g-dev || true; fi

publish() { # rid, output folder, extra properties...
  local rid=$1 out=$2; shift 2
  dotnet publish src/Cli/Cli.csproj -c Release -r "$rid" --artifacts-path "$work/artifacts-$rid" -o "$out" --nologo -v quiet \
    -p:DebugType=none -p:GenerateDocumentationFile=false "$@"
}

smoke() { # label, runner prefix (may be empty), binary
  local label=$1 runner=$2 binary=$3 dir
  dir=$(mktemp -d "$work/smoke-XXXX")
  cp "$binary" "$dir/"
  cp samples/defects-2024.txt "$dir/report.txt"
  local exe="$dir/$(basename "$binary")" ok=1 rc=0
  (cd "$dir" && $runner "$exe" lint report.txt --format msbuild > lint.out 2>&1) || rc=$?
  [ "$rc" -eq 1 ] && grep -q "error GI3001" "$dir/lint.out" || ok=0
  (cd "$dir" && $runner "$exe" explain GI3001 > explain.out 2>&1) && grep -q "<内置>/rules/arithmetic.yaml" "$dir/explain.out" || ok=0
  (cd "$dir" && $runner "$exe" rules test > test.out 2>&1) && grep -q "0 处失败" "$dir/test.out" || ok=0
  # The workbook writer (MiniExcel) is the one library not annotated for trimming: check it runs in this build.
  rc=0; (cd "$dir" && $runner "$exe" summary report.txt --format xlsx --output summary.xlsx > xlsx.out 2>&1) || rc=$?
  [ "$rc" -eq 1 ] && python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert 'xl/worksheets/sheet2.xml' in z.namelist(); assert '不通过'.encode() in b''.join(z.read(n) for n in z.namelist())" "$dir/summary.xlsx" >> "$dir/xlsx.out" 2>&1 || ok=0
  if [ $ok -eq 1 ]; then smoked+=("$label"); else
    echo "smoke test of $label FAILED:" >&2; cat "$dir"/*.out >&2; exit 1
  fi
}

echo "govlint $version"
targets=${TARGETS:-linux-x64 linux-arm64 win-x64 tool}
want() { [[ " $targets " == *" $1 "* ]]; }

if want linux-x64; then
echo "linux-x64 (Native AOT)…"
publish linux-x64 "$work/linux-x64" -p:PublishAot=true
smoke "linux-x64 (Native AOT)" "" "$work/linux-x64/govlint"
tar -C "$work/linux-x64" -czf "$dist/govlint-$version-linux-x64.tar.gz" govlint
fi

if want linux-arm64; then
echo "linux-arm64 (self-contained single file)…"
publish linux-arm64 "$work/linux-arm64" --self-contained true -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true
tar -C "$work/linux-arm64" -czf "$dist/govlint-$version-linux-arm64.tar.gz" govlint
if [ "${SMOKE_INSTALL:-0}" = 1 ] && ! command -v qemu-aarch64 > /dev/null; then apt_install qemu-user libc6-arm64-cross libstdc++6-arm64-cross || true; fi
if command -v qemu-aarch64 > /dev/null && [ -d /usr/aarch64-linux-gnu ]; then
  smoke "linux-arm64 (qemu-user)" "qemu-aarch64 -L /usr/aarch64-linux-gnu" "$work/linux-arm64/govlint"
else unsmoked+=("linux-arm64: no qemu-aarch64 with an arm64 libc here (SMOKE_INSTALL=1 installs them)"); fi
fi

if want win-x64; then
echo "win-x64 (self-contained single file)…"
publish win-x64 "$work/win-x64" --self-contained true -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true
(cd "$work/win-x64" && zip -q "$dist/govlint-$version-win-x64.zip" govlint.exe 2> /dev/null || python3 -m zipfile -c "$dist/govlint-$version-win-x64.zip" govlint.exe)
if [ "${SMOKE_INSTALL:-0}" = 1 ] && ! command -v wine > /dev/null; then apt_install wine64 || true; fi
if command -v wine > /dev/null; then WINEDEBUG=-all smoke "win-x64 (wine)" "wine" "$work/win-x64/govlint.exe"
else unsmoked+=("win-x64: no wine here (SMOKE_INSTALL=1 installs wine64)"); fi
fi

if want tool; then
echo ".NET tool…"
dotnet pack src/Cli/Cli.csproj -c Release --artifacts-path "$work/artifacts-pack" -o "$dist" --nologo -v quiet
fi

(cd "$dist" && sha256sum -- * > SHA256SUMS)
echo
ls -l "$dist"
echo "smoke-tested: ${smoked[*]:-none}"
for line in "${unsmoked[@]}"; do echo "NOT smoke-tested: $line"; done
