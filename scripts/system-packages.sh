#!/usr/bin/env sh
# Install the Debian packages casenotes uses when they are missing and apt-get
# may be used (root, or sudo without a password); otherwise name them and go on.
#   tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng  OCR of scanned pages (tessdata for tesserocr)
#   libreoffice-writer-nogui  legacy .doc/.rtf/.odt input, and the summary-opens-in-LibreOffice test
#   poppler-utils             pdftoppm, to render DOCX summaries to PNG for a look
#   chromium                  the HTML audit report's browser test
#   fonts-dejavu-core         a Unicode TTF font for generated PDFs
set -u
PACKAGES="tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng libreoffice-writer-nogui poppler-utils chromium fonts-dejavu-core"
missing=""
for pkg in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
if [ "$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages:$missing"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "warning: apt-get could not install:$missing (tests that need them will be skipped)"
else
  echo "warning: please install these Debian packages:$missing (apt-get install$missing); going on without them"
fi
exit 0
