"""What a user sees on a real terminal: the run in a pseudo-terminal, its screen read by pyte."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pyte

from tests.batch_fixtures import REPO, write_not_a_document, write_note, write_pdf

# What only the live bar shows: "3/8 files", a rate, a worker's slot line.
_BAR = re.compile(r"\d+/(\d+|\?) files|files/s|^  \d+: ")
COLUMNS, ROWS = 120, 100  # rows enough that nothing scrolls off the emulated screen


def run_in_terminal(args: list[str]) -> tuple[list[str], int]:
    """Return the screen lines left after running `casenotes args` on a pseudo-terminal, and the exit code."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=REPO,
        env=env,
    )
    os.close(follower)
    screen = pyte.Screen(COLUMNS, ROWS)
    stream = pyte.ByteStream(screen)
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child side closed
            break
        if not chunk:
            break
        stream.feed(chunk)
    os.close(leader)
    return [line.rstrip() for line in screen.display], process.wait(timeout=60)


def test_per_file_lines_stay_whole_above_the_live_bar(tmp_path: Path) -> None:
    notes = tmp_path / "in"
    for n in range(6):
        write_note(notes / f"note{n}.docx", variant=n)
    write_pdf(notes / "typed.pdf")
    write_not_a_document(notes / "broken.pdf")
    screen, code = run_in_terminal(
        [
            "process",
            str(notes),
            "--out",
            str(tmp_path / "out"),
            "--workers",
            "2",
        ]
    )
    assert code == 1, "\n".join(screen)
    per_file = [line for line in screen if line.startswith(str(notes))]
    names = sorted(Path(line.split(":")[0]).name for line in per_file)
    assert names == ["broken.pdf", *(f"note{n}.docx" for n in range(6)), "typed.pdf"]
    for line in per_file:
        # One path per line: nothing glued to it, no piece of the bar beside it.
        assert line.count(str(notes)) == 1, line
        assert not _BAR.search(line), line
    # The bar is transient: once the run is over, none of it is left on the screen.
    assert not [line for line in screen if _BAR.search(line)]
