"""WordprocessingML names and the reading of property elements as Word reads them."""

from __future__ import annotations

from typing import Any

Element = Any  # an lxml element; lxml ships no type stubs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

FALSE = frozenset({"0", "false", "off"})


def val(el: Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(W + attr)


def is_on(el: Element) -> bool:
    """Return the value of an on/off property element (<w:b/> means on)."""
    value = val(el)
    return value is None or value.lower() not in FALSE


def to_int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def on_attr(el: Element, attr: str) -> bool:
    value = el.get(W + attr)
    return value is not None and value.lower() not in FALSE
