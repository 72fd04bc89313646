"""Make a "PDF exported from Word": a generated DOCX converted by headless LibreOffice.

LibreOffice stamps each export with the time and a fresh document id; both are
overwritten with fixed bytes of the same length (the cross-reference offsets stay
valid), so the file is the same every run on the same LibreOffice. Without
`soffice` the caller falls back to a reportlab rendering.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CREATION_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")
DOC_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
DOC_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)")
FIXED_STAMP = b"20241104080000"
SOFFICE_TIMEOUT = 120  # seconds; a first start of LibreOffice builds its profile


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _same_length(value: bytes, fill: bytes) -> bytes:
    return (fill * (len(value) // len(fill) + 1))[: len(value)]


def fix_stamps(pdf: bytes, seed: bytes) -> bytes:
    """Return `pdf` with its dates, document id and checksum replaced by fixed bytes of equal length."""

    def date(m: re.Match[bytes]) -> bytes:
        whole = m.group(0)
        head = whole[: whole.index(b"(D:") + 3]
        body = whole[len(head) : -1]
        return head + _same_length(body, FIXED_STAMP + b"Z") + b")"

    digest = hashlib.md5(seed).hexdigest().upper().encode()

    def doc_id(m: re.Match[bytes]) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, _same_length(a, digest)).replace(b, _same_length(b, digest))

    def xmp(m: re.Match[bytes]) -> bytes:
        return m.group(1) + _same_length(m.group(2), b"2024-11-04T08:00:00Z") + m.group(3)

    pdf = CREATION_DATE.sub(date, pdf)
    pdf = DOC_ID.sub(doc_id, pdf)
    pdf = DOC_CHECKSUM.sub(lambda m: m.group(1) + _same_length(m.group(2), digest), pdf)
    return XMP_DATE.sub(xmp, pdf)


def docx_to_pdf(docx: bytes, stem: str) -> bytes | None:
    """Return the PDF LibreOffice exports from `docx`, or None when soffice is missing."""
    exe = soffice()
    if exe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="casenotes-samples-") as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / f"{stem}.docx"
        src.write_bytes(docx)
        profile = (tmpdir / "profile").as_uri()
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmpdir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=SOFFICE_TIMEOUT,
        )
        out = tmpdir / f"{stem}.pdf"
        if not out.exists():
            return None
        return fix_stamps(out.read_bytes(), docx)
