"""Read a form's row of tick boxes as the options ticked in it."""

from __future__ import annotations

import re

# Tick boxes of a form: an empty box is an option not chosen; a ticked one is the value. Typed
# forms draw them with brackets: `[x] Open [ ] Closed`, `( ) Ya (v) Tidak`.
_TICK = "xXvV\u2713\u2714"
_BOXES = re.compile(
    rf"(?P<ticked>[\u2611\u2612\u2713\u2714\u25a0]|\[\s*[{_TICK}]\s*\]|\(\s*[{_TICK}]\s*\))"
    r"|[\u2610\u25a1]|\[\s*\]|\(\s*\)"
)


def opens_with_box(text: str) -> bool:
    """Return True when `text` opens with a tick box (`☑ Semi-institutional`): a form's next
    option, not a new cell."""
    return _BOXES.match(text.lstrip()) is not None


def ticked(text: str) -> str:
    """Return the options ticked in a row of tick boxes (`☐ Open ☒ Closed` -> `Closed`), joined
    by "; ", or "" when none is; text with no tick box comes back as it is."""
    marks = list(_BOXES.finditer(text))
    if not marks or all(m.group().startswith(("[", "(")) and m.group("ticked") for m in marks):
        return text  # brackets alone are boxes beside an empty one; else "(v)" numbers an item
    chosen = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        option = text[mark.end() : following.start() if following else len(text)].strip(" ,;")
        if mark.group("ticked") and option:
            chosen.append(option)
    return "; ".join(chosen)
