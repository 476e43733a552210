"""Generate N scraped-LinkedIn-like dumps into a folder, for the batch benchmarks.

    python benchmarks/gen_corpus.py DIR -n 1000 [--seed 1] [--per-folder 0] [--size-kb 1-30]
    python benchmarks/gen_corpus.py DIR -n 1 --exact-kb 10240     # one 10 MB dump

Every word is invented here (no text from any real dump). The mix follows the shapes seen in
scraped dumps (FIELD-NOTES §4): about 40 % seed-like articles (title, author, bio with lost-emoji
``??``, paragraphs, the ``领英推荐`` widget header and teasers, sign-off, CTA, comments with a
relative age glued to their text), 40 % public post pages (one UI node per line, counters,
buttons, comments, footer) and 20 % feed copies (several posts, doubled names, ``• 1st``,
``hashtag`` / ``#Tag`` lines). A few lines carry mojibake (UTF-8 read as cp1252), lost NBSPs and
CJK text, as real dumps do. Sizes are spread log-uniformly over the range (default 1–30 KB).
Output is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import math
import os
import random

SYL = ["ka", "lo", "ven", "tri", "sa", "mor", "pel", "du", "rin", "co", "fa", "nel", "ost", "ur",
       "bi", "ta", "gre", "mi", "zol", "an", "ver", "pa", "ly", "dor", "se", "qui", "ham", "et"]
FIRST = ["Mara", "Tomas", "Ilse", "Kofi", "Lena", "Ravi", "Sunniva", "Dario", "Amaya", "Jonah",
         "Priya", "Oskar", "Noor", "Felix", "Hana", "Bruno", "Zuri", "Mateo", "Ines", "Yusuf"]
LAST = ["Verhoek", "Almendra", "Quist", "Obradovic", "Tanaka", "Lindqvist", "Moreau", "Achterberg",
        "Nakashima", "Dube", "Castellanos", "Wexford", "Halloran", "Pietersen", "Okafor"]
ROLES = ["Head of Growth", "Staff Engineer", "Founder", "Sales Coach", "Product Lead", "Recruiter",
         "Data Scientist", "Chief of Staff", "Design Director", "Operations Manager"]
ORGS = ["Brightfold", "Quillmarsh", "Northway Labs", "Tessellate", "Amberlight", "Corvid & Co",
        "Lanternfish", "Pebblestone", "Fernhill Systems", "Driftwood AI"]
TOPICS = ["Leadership", "Hiring", "Sales", "Startups", "Careers", "Design", "DataScience",
          "RemoteWork", "Product", "Mentoring", "Engineering", "Marketing"]
CJK = ["我们一起努力", "团队合作很重要", "感谢分享", "非常有启发", "学习了", "祝你成功"]
AGES = ["23h", "1d", "3d", "1w", "2w", "6mo", "1y", "10 个月", "3 周", "5 天", "2 小时"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.choice((1, 1, 2, 2, 3))))


def sentence(rng: random.Random, lo: int = 6, hi: int = 18) -> str:
    words = [word(rng) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    end = rng.choices([".", ".", ".", "!", "?"], k=1)[0]
    s = " ".join(words) + end
    r = rng.random()
    if r < 0.05:
        s = s.replace(" ", " ?? ", 1)  # an emoji lost to a lossy code page
    elif r < 0.08:
        s = s + "?"  # a lost NBSP after the full stop
    elif r < 0.11:
        s = "“" + s + "” — it’s true"  # typography that survives…
    elif r < 0.13:
        s = ("“" + s + "” — it’s true").encode("utf-8").decode("cp1252", "replace")  # …or mojibake
    elif r < 0.15:
        s += " " + rng.choice(CJK) + "。"
    return s


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def bio(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)} at {rng.choice(ORGS)} | {sentence(rng, 3, 8)[:-1]} ??"


def comment_article(rng: random.Random) -> list[str]:
    out = [name(rng)] if rng.random() < 0.5 else []
    out.append(bio(rng))
    out.append(rng.choice(AGES) + paragraph(rng))  # age glued to the text, as in the seed
    return out


def article(rng: random.Random, target: int) -> str:
    author = name(rng)
    lines = [" ".join(word(rng).capitalize() for _ in range(rng.randint(3, 7))), author, bio(rng),
             f"Published {rng.randint(1, 28)} {rng.choice(['Mar', 'Jun', 'Oct'])} 2024", ""]
    size = 0
    body: list[str] = []
    while size < target * 0.6:
        p = paragraph(rng)
        body.append(p)
        size += len(p.encode())
    cut = max(1, len(body) // 2)
    lines += body[:cut]
    lines += ["领英推荐" if rng.random() < 0.6 else "Recommended by LinkedIn"]
    for _ in range(rng.randint(0, 3)):
        lines += [sentence(rng, 3, 7)[:-1], name(rng), f"{rng.randint(1, 11)} months ago"]
    lines += body[cut:]
    lines += ["To your success.", author, "",
              "ARE YOU READY? DM me the word " + word(rng).upper() + " and I'll send the details.", ""]
    lines += [f"{rng.randint(2, 900)}", f"{rng.randint(1, 80)} comments", "Like", "Comment", "Share", ""]
    while size < target:
        c = comment_article(rng)
        lines += c
        size += sum(len(x.encode()) + 1 for x in c)
    return "\n".join(lines) + "\n"


CHROME_TOP = ["Agree & Join LinkedIn", "", "By clicking Continue to join or sign in, you agree to "
              "LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.", "", "Skip to main content",
              "", "LinkedIn", "", "Articles", "", "People", "", "Learning", "", "Jobs", "", "Games", "",
              "Join now", "", "Sign in", ""]
FOOTER = ["", "Explore topics", "", "Sales", "", "Marketing", "", "IT Services", "", "LinkedIn",
          "© 2024", "", "About", "", "Accessibility", "", "User Agreement", "", "Privacy Policy", "",
          "العربية (Arabic)", "", "Deutsch (German)", "", "Français (French)", "", "简体中文 (Chinese (Simplified))", ""]


def post_page(rng: random.Random, target: int) -> str:
    author = name(rng)
    lines = list(CHROME_TOP) + [f"{author}’s Post", "", author, "", bio(rng), "", rng.choice(AGES), "",
                                "Report this post", ""]
    size = 0
    while size < target * 0.4:
        p = paragraph(rng)
        lines.append(p)
        size += len(p.encode())
    lines += [" ".join(f"#{rng.choice(TOPICS)}" for _ in range(rng.randint(1, 4))), "", "…more", "",
              f"{rng.randint(2, 999)}\u00a0Reactions" if rng.random() < 0.7 else f"{rng.randint(2, 999)}",
              "", f"{rng.randint(1, 99)} Comments", "", "Like", "", "Comment", "", "Share", "",
              "Copy", "", "LinkedIn", "", "Facebook", "", "X", ""]
    while size < target * 0.93:
        c = [name(rng), "", rng.choice(AGES), "", paragraph(rng), "", "Like", "", "Reply", "",
             f"{rng.randint(1, 40)} Reactions", ""]
        lines += c
        size += sum(len(x.encode()) + 1 for x in c)
    lines += ["See more comments", "", "To view or add a comment, sign in", ""] + FOOTER
    return "\n".join(lines) + "\n"


def feed(rng: random.Random, target: int) -> str:
    lines: list[str] = []
    size = 0
    n = 0
    while size < target or n == 0:
        n += 1
        who = name(rng)
        post = [f"Feed post number {n}", who, who, f"• {rng.choice(['1st', '2nd', '3rd+'])}", bio(rng),
                f"{rng.choice(['1h', '5h', '1d', '3d', '1w'])} •", paragraph(rng), paragraph(rng)]
        for _ in range(rng.randint(1, 3)):
            post += ["hashtag", f"#{rng.choice(TOPICS)}"]
        post += ["…see more", f"{rng.randint(1, 500)}", f"{rng.randint(1, 60)} comments",
                 "Like", "Comment", "Repost", "Send", ""]
        lines += post
        size += sum(len(x.encode()) + 1 for x in post)
    return "\n".join(lines) + "\n"


SHAPES = ((article, 0.4), (post_page, 0.4), (feed, 0.2))


def dump(rng: random.Random, target: int) -> str:
    maker = rng.choices([m for m, _ in SHAPES], weights=[w for _, w in SHAPES])[0]
    return maker(rng, target)


def generate(folder: str, n: int, *, seed: int = 1, kb: tuple[float, float] = (1, 30),
             per_folder: int = 0, exact_kb: float | None = None) -> int:
    """Write ``n`` dumps under ``folder``; returns the bytes written."""
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    total = 0
    width = len(str(max(n - 1, 1)))
    for i in range(n):
        if exact_kb is not None:
            target = int(exact_kb * 1024)
        else:
            target = int(1024 * math.exp(rng.uniform(math.log(kb[0]), math.log(kb[1]))))
        text = dump(rng, target)
        if exact_kb is not None:  # glue whole dumps together up to the size, for the scaling test
            parts = [text]
            size = len(text.encode())
            while size < target:
                more = dump(rng, min(30 * 1024, target - size))
                parts.append(more)
                size += len(more.encode())
            text = "".join(parts)
        sub = os.path.join(folder, f"{i // per_folder:04d}") if per_folder else folder
        if per_folder and i % per_folder == 0:
            os.makedirs(sub, exist_ok=True)
        data = text.encode("utf-8")
        with open(os.path.join(sub, f"dump-{i:0{width}d}.txt"), "wb") as fh:
            fh.write(data)
        total += len(data)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size-kb", default="1-30", help="range of sizes, e.g. 1-30")
    ap.add_argument("--exact-kb", type=float, default=None, help="every dump exactly this size")
    ap.add_argument("--per-folder", type=int, default=0, help="files per sub-folder (0: all flat)")
    a = ap.parse_args()
    lo, hi = (float(x) for x in a.size_kb.split("-"))
    total = generate(a.folder, a.n, seed=a.seed, kb=(lo, hi), per_folder=a.per_folder, exact_kb=a.exact_kb)
    print(f"{a.n} dumps, {total / 1e6:.1f} MB in {a.folder}")


if __name__ == "__main__":
    main()
