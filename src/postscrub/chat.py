"""A chat export (WhatsApp's "Export chat", Signal or Telegram copies) a post was pasted into.

Each message starts with the app's prefix (``[12/03/25, 09:14:02] Name: ``, see
``patterns.CHAT_MESSAGE_PREFIXES``) and runs on over the lines up to the next one. The post
is the message that holds it: the longest, of four lines or more. The other messages — the
forwarder's words, the chat's answers — are no post and no comments (``chat.message``); the
post's own prefix is chat chrome (``chat.prefix``).

Imported only for a dump whose first line opens with a digit or ``[``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .repair import Line, RepairLog


@lru_cache(maxsize=1)
def _prefix() -> re.Pattern[str]:
    from . import patterns

    return re.compile("|".join(f"(?:{p})" for p in patterns.CHAT_MESSAGE_PREFIXES))


def read_chat(lines: list[Line], log: RepairLog) -> bool:
    """Keep only the message that holds the post; True when ``lines`` were a chat export
    (its first content line and two or more lines in all open with a message prefix)."""
    pat = _prefix()
    starts = [k for k, ln in enumerate(lines) if pat.match(ln.text)]
    first = next((k for k, ln in enumerate(lines) if ln.text.strip()), None)
    if len(starts) < 2 or first not in starts:
        return False
    bounds = starts + [len(lines)]
    messages = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
    size = [sum(1 for ln in m if ln.text.strip()) for m in messages]
    best = max(range(len(messages)), key=lambda k: (size[k], -k))
    if size[best] < 4:
        return False  # (a chat with no pasted post in it: left as it is)
    for k, m in enumerate(messages):
        if k == best:
            head = m[0]
            hit = pat.match(head.text)
            log.edit(head, "chat.prefix", [(0, hit.end(), "")])
            continue
        for ln in m:
            log.drop_line(ln, "chat.message")
    return True
