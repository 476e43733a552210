"""How well a page in a UI language the tables do not know is read (``postscrub.learn``).

Every post page of the corpus whose UI postscrub knows is *pseudo-localised*: each line the
tables classify as chrome (buttons, anchors, counters, prompts) is replaced by invented words
of the same shape, consistently across the page (the same string always becomes the same
invented string), and each age's unit by an invented unit ("5d" -> "5 qorv"). Names,
headlines, bodies and comments are left as they are. The page is then processed again and
compared with the record of the original page: author, body, number of comments, and each
comment's author and text.

    python benchmarks/unknown_locale.py            # the table
    python benchmarks/unknown_locale.py --show 3   # and the first differences

A page with no comments teaches nothing (there is no repetition to learn from); such pages
are counted apart.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from postscrub import nodes, pipeline, segment  # noqa: E402
from postscrub.decode import decode  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "corpus" / "real", *sorted((ROOT / "tests" / "corpus").glob("heldout*"))]
_CONSONANTS = "bcdfghjklmnpqrstvwxz"
_VOWELS = "aeiou"


def fake_word(word: str) -> str:
    h = hashlib.sha256(word.casefold().encode()).digest()
    out = []
    for i in range(max(2, len(word))):
        out.append((_CONSONANTS if i % 2 == 0 else _VOWELS)[h[i % len(h)] % (20 if i % 2 == 0 else 5)])
    w = "".join(out)
    return w.capitalize() if word[:1].isupper() else w


def fake_phrase(text: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: fake_word(m.group()), text)


def pseudo_localise(text: str) -> str:
    out = []
    for line in text.split("\n"):
        t = line.strip()
        if not t:
            out.append(line)
            continue
        k = nodes.classify(t)
        if k.kind == nodes.AGE:
            m = re.match(r"(\d+)\s*(\S+)", t)
            age = segment.parse_age(t)
            out.append(f"{m.group(1)} {fake_word('unit-' + (age.iso if age and age.iso else t))}" if m else line)
        elif nodes.is_chrome(k) and k.rule not in ("ui.footer", "ui.share_target"):
            out.append(fake_phrase(line))
        else:
            out.append(line)
    return "\n".join(out)


def summary(rec) -> dict:
    return {
        "author": rec.author.name,
        "body": rec.body,
        "comments": [(c.author.name, c.text) for c in rec.comments],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    rows = {"pages": 0, "no_comments": 0, "author": 0, "body": 0, "count": 0, "comments": 0}
    shown = 0
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text, _ = decode(path.read_bytes())
            recs = pipeline.process(text)
            if len(recs) != 1 or recs[0].shape != "post_page":
                continue
            orig = summary(recs[0])
            if not orig["comments"]:
                rows["no_comments"] += 1
                continue
            rows["pages"] += 1
            new_recs = pipeline.process(pseudo_localise(text))
            new = summary(new_recs[0]) if len(new_recs) == 1 else {"author": None, "body": "", "comments": []}
            ok = {
                "author": new["author"] == orig["author"],
                "body": new["body"] == orig["body"],
                "count": len(new["comments"]) == len(orig["comments"]),
                "comments": new["comments"] == orig["comments"],
            }
            for key, good in ok.items():
                rows[key] += good
            if not all(ok.values()) and shown < args.show:
                shown += 1
                print(f"--- {path.relative_to(ROOT.parent)}: " + ", ".join(k for k, v in ok.items() if not v))
    n = rows["pages"]
    print(f"post pages with comments, pseudo-localised: {n} (and {rows['no_comments']} without comments, not scored)")
    for key in ("author", "body", "count", "comments"):
        print(f"  {key:<9} same as the original: {rows[key]:>3}/{n}  ({100 * rows[key] / max(n, 1):.0f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
