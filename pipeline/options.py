"""Options are frozen objects, built once by the CLI and validated on creation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")


@dataclass(frozen=True)
class IngestOptions:
    """How files are read into the document model."""

    ocr: OcrMode = "auto"
    ocr_lang: str = "ind+eng"
    ocr_dpi: int = 300
    password: str | None = None
    max_pages: int = 2000
    max_part_mb: int = 200
    # A page of dense 8-pt text holds ~10k characters; far beyond that is hostile.
    max_page_chars: int = 200_000

    def __post_init__(self) -> None:
        if self.ocr not in OCR_MODES:
            raise ValueError(f"ocr must be one of {OCR_MODES}, not {self.ocr!r}")
        if not self.ocr_lang or any(
            not part.isalnum() and part != "_" for part in self.ocr_lang.split("+")
        ):
            raise ValueError(f"ocr_lang must look like 'ind+eng', not {self.ocr_lang!r}")
        if not 72 <= self.ocr_dpi <= 600:
            raise ValueError("ocr_dpi must be between 72 and 600")
        for name in ("max_pages", "max_part_mb", "max_page_chars"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


@dataclass(frozen=True)
class ExtractOptions:
    """How documents become records."""

    month_first: bool = False
    schema_dirs: tuple[Path, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OutputOptions:
    """How results are written."""

    format: Literal["json", "jsonl"] = "json"
    docx: bool = False
    full_text: bool = False
    group_readable: bool = False
    verbose_content: bool = False
