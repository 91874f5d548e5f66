#!/usr/bin/env bash
# Makes the PDF test data: each fixture of ../shared/fixtures and samples/defects-2024.txt rendered as the .docx
# the tests build (tests/Shared/DocxBuilder.cs: heading styles, ruled Word tables with merged header cells), then
# printed to PDF by LibreOffice headless, as an agency's word processor would. The PDFs are committed, so the test
# suite needs no LibreOffice; run this again only when the renditions or the fixtures change.
#   tests/Data/Pdf/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)

if ! command -v soffice > /dev/null || ! fc-list :lang=zh | grep -q .; then
  echo "== installing LibreOffice Writer and CJK fonts (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk > /dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
reports=("$root"/../shared/fixtures/*.txt "$root/samples/defects-2024.txt")

echo "== writing the .docx renditions"
dotnet run --project "$root/tests/Support/Renditions" -c Release -- "$work/docx" "${reports[@]}"

echo "== printing them to PDF with $(soffice --version | head -1)"
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx > /dev/null
for pdf in "$work"/pdf/*.pdf; do
  cp "$pdf" "$here/"
  echo "$(basename "$pdf")  $(stat -c %s "$pdf") bytes"
done
soffice --version | head -1 > "$here/made-with.txt"
