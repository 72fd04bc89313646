"""The walk: which files a run reads, which it skips with a reason, and in what order."""

from __future__ import annotations

import os
import socket
from pathlib import Path, PurePath

import pytest

from pipeline.batch import walk
from pipeline.batch.walk import Candidate, Skipped, walk_inputs


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def _candidates(items: list[Candidate | Skipped]) -> list[str]:
    return [str(i.relative) for i in items if isinstance(i, Candidate)]


def _skipped(items: list[Candidate | Skipped]) -> dict[str, str]:
    return {os.path.basename(i.path): i.reason for i in items if isinstance(i, Skipped)}


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("a.pdf", True),
        ("b.DOCX", True),
        ("c.Doc", True),
        ("d.rtf", True),
        ("e.odt", True),
        ("no_extension", True),
        ("notes.txt", False),
        ("image.png", True),
        ("photo.JPG", True),
        ("scan.jpeg", True),
        ("folder.tif", True),
        ("folder.TIFF", True),
        ("animation.gif", False),
        ("result.json", False),
        (".hidden.pdf", False),
    ],
)
def test_directory_walk_takes_documents_by_extension(
    tmp_path: Path, name: str, taken: bool
) -> None:
    _touch(tmp_path / "in" / name)
    assert _candidates(list(walk_inputs([tmp_path / "in"]))) == ([name] if taken else [])


def test_hidden_directories_are_not_entered(tmp_path: Path) -> None:
    _touch(tmp_path / "in" / ".git" / "a.pdf")
    _touch(tmp_path / "in" / "sub" / "b.pdf")
    assert _candidates(list(walk_inputs([tmp_path / "in"]))) == ["sub/b.pdf"]


def test_named_files_are_always_candidates(tmp_path: Path) -> None:
    named = [_touch(tmp_path / ".hidden.txt"), _touch(tmp_path / "d" / "x.png")]
    items = list(walk_inputs(named))
    assert items == [
        Candidate(str(named[0]), PurePath(".hidden.txt"), named=True),
        Candidate(str(named[1]), PurePath("x.png"), named=True),
    ]


def test_paths_keep_the_users_spelling_and_mirror_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path / "samples" / "notes" / "a.pdf")
    monkeypatch.chdir(tmp_path)
    (item,) = walk_inputs([Path("samples")])
    assert item == Candidate(
        os.path.join("samples", "notes", "a.pdf"), PurePath("notes/a.pdf"), named=False
    )


def test_order_is_sorted_depth_first(tmp_path: Path) -> None:
    for name in ("b/2.pdf", "a.pdf", "b/1.pdf", "c.pdf", "B.pdf"):
        _touch(tmp_path / "in" / name)
    assert _candidates(list(walk_inputs([tmp_path / "in"]))) == [
        "B.pdf",
        "a.pdf",
        "b/1.pdf",
        "b/2.pdf",
        "c.pdf",
    ]


def test_symlink_outside_the_tree_is_skipped_with_a_reason(tmp_path: Path) -> None:
    outside = _touch(tmp_path / "elsewhere" / "secret.pdf")
    _touch(tmp_path / "in" / "a.pdf")
    (tmp_path / "in" / "link.pdf").symlink_to(outside)
    (tmp_path / "in" / "dirlink").symlink_to(outside.parent, target_is_directory=True)
    items = list(walk_inputs([tmp_path / "in"]))
    assert _candidates(items) == ["a.pdf"]
    assert _skipped(items) == {
        "dirlink": "symlink points outside the input tree (not followed)",
        "link.pdf": "symlink points outside the input tree (not followed)",
    }


def test_symlink_inside_the_tree_is_followed(tmp_path: Path) -> None:
    target = _touch(tmp_path / "in" / "real" / "a.pdf")
    (tmp_path / "in" / "alias.pdf").symlink_to(target)
    assert _candidates(list(walk_inputs([tmp_path / "in"]))) == ["alias.pdf", "real/a.pdf"]


def test_symlink_loops_end(tmp_path: Path) -> None:
    _touch(tmp_path / "in" / "sub" / "a.pdf")
    (tmp_path / "in" / "sub" / "up").symlink_to(tmp_path / "in", target_is_directory=True)
    (tmp_path / "in" / "self.pdf").symlink_to(tmp_path / "in" / "self.pdf")
    items = list(walk_inputs([tmp_path / "in"]))
    assert _candidates(items) == ["sub/a.pdf"]
    reasons = _skipped(items)
    assert reasons["up"] == "directory already walked (symlink loop), not followed"
    assert reasons["self.pdf"] == "symlink loop (not followed)"


def test_dangling_symlink_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gone.pdf").symlink_to(tmp_path / "in" / "missing.pdf")
    assert _skipped(list(walk_inputs([tmp_path / "in"]))) == {
        "gone.pdf": "broken symlink (not followed)"
    }


def test_fifo_and_socket_are_skipped_not_opened(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "pipe.pdf")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "in" / "sock"))
        reasons = _skipped(list(walk_inputs([tmp_path / "in"])))
    finally:
        server.close()
    assert reasons == {"pipe.pdf": "named pipe (FIFO), not read", "sock": "socket, not read"}


def test_the_output_directory_is_not_walked(tmp_path: Path) -> None:
    _touch(tmp_path / "a.pdf")
    _touch(tmp_path / "out" / "old.pdf")
    assert _candidates(list(walk_inputs([tmp_path], exclude=tmp_path / "out"))) == ["a.pdf"]


def test_walk_streams_instead_of_listing_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for d in range(20):
        _touch(tmp_path / "in" / f"d{d:02d}" / "a.pdf")
    listed: list[str] = []
    real_scandir = os.scandir

    def counting_scandir(path: str) -> object:
        listed.append(path)
        return real_scandir(path)

    monkeypatch.setattr(walk.os, "scandir", counting_scandir)
    first = next(walk_inputs([tmp_path / "in"]))
    assert isinstance(first, Candidate)
    assert len(listed) == 2  # the top directory and the first subdirectory only


def test_unreadable_directory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _touch(tmp_path / "in" / "locked" / "a.pdf")
    _touch(tmp_path / "in" / "open" / "b.pdf")
    real_scandir = os.scandir

    def refusing_scandir(path: str) -> object:
        # What a directory without read permission does (root ignores modes, so fake it).
        if path.endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk.os, "scandir", refusing_scandir)
    items = list(walk_inputs([tmp_path / "in"]))
    assert _candidates(items) == ["open/b.pdf"]
    assert _skipped(items) == {"locked": "cannot list directory: Permission denied"}
