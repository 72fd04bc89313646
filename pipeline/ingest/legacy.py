"""Read .doc, .rtf and .odt files by converting them to DOCX with headless LibreOffice.

Contract: the input is copied into a private temporary directory first, so
LibreOffice never opens (or locks, or rewrites) the user's file; each
conversion gets its own LibreOffice profile, so parallel workers don't fight
over one; a conversion that runs past `CONVERT_TIMEOUT_S` is killed with its
whole process group. The converted DOCX is read by `read_docx`, and the
resulting `Document` keeps the original source (path, hash, format) with a
warning that the text came through a conversion. LibreOffice is looked up
only when such a file turns up; without it, `DependencyMissing` names the
package to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.document import Document, SourceInfo
from pipeline.errors import DependencyMissing, InputError, ResourceLimit
from pipeline.options import IngestOptions

CONVERT_TIMEOUT_S = 120
_SOFFICE_NAMES = ("soffice", "libreoffice")
_INSTALL_HINT = "apt-get install libreoffice-writer-nogui"
# LibreOffice prints its reason on stderr; one line of it is enough for a user.
_MAX_REASON_CHARS = 200


def read_legacy(path: Path, options: IngestOptions, source: SourceInfo) -> Document:
    """Return the document model of a .doc/.rtf/.odt file via a LibreOffice DOCX conversion."""
    from pipeline.ingest.docx import read_docx

    soffice = find_soffice()
    if soffice is None:
        raise DependencyMissing(f"reading .{source.format} needs LibreOffice: {_INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="casenotes-soffice-") as tmp:
        work = Path(tmp)
        converted = convert(soffice, path, source.format, work)
        doc = read_docx(converted, options, source)
    note = f"converted from {source.format} to docx by LibreOffice; layout hints are approximate"
    return replace(doc, warnings=(*doc.warnings, note))


def find_soffice() -> str | None:
    """Return the LibreOffice executable on PATH, or None."""
    for name in _SOFFICE_NAMES:
        if found := shutil.which(name):
            return found
    return None


def convert(soffice: str, path: Path, fmt: str, work: Path, to: str = "docx") -> Path:
    """Return the file (DOCX, or `to`) LibreOffice wrote for a private copy of `path` in `work`."""
    copy = work / f"input.{fmt}"
    shutil.copyfile(path, copy)
    out_dir = work / "out"
    profile = work / "profile"
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        to,
        "--outdir",
        str(out_dir),
        str(copy),
    ]
    # A session of its own, so a timeout can kill soffice.bin and any helper it forked.
    proc = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "HOME": str(work)},  # nothing lands in the user's home
    )
    try:
        _, stderr = proc.communicate(timeout=CONVERT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise ResourceLimit(
            f"LibreOffice took longer than {CONVERT_TIMEOUT_S} s to convert the .{fmt} file"
        ) from None
    converted = out_dir / f"input.{to}"
    if proc.returncode != 0 or not converted.is_file():
        reason = stderr.decode("utf-8", "replace").strip().splitlines()
        detail = f": {reason[0][:_MAX_REASON_CHARS]}" if reason else ""
        raise InputError(f"LibreOffice could not convert the .{fmt} file{detail}")
    return converted
