"""The README and docs/ stay true: the --help text, every example output and the captures of
the seed's view are generated from the code (python -m postscrub._docs) and checked here."""

from __future__ import annotations

import re

from postscrub import _docs

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_keeps_its_two_commands():
    block = re.search(r"## Quick start\n\n```sh\n(.*?)```", README, re.S).group(1)
    assert block.splitlines() == [
        "pip install . && postscrub samples/seed-article.txt",
        "pip install -e '.[test]' && python -m pytest",
    ]


def test_readme_has_the_sections_a_newcomer_needs():
    heads = re.findall(r"^##+ (.+)$", README, re.M)
    for want in ["Quick start", "Usage", "Exit codes", "Examples", "Batch workflow", "The record",
                 "Library", "How it decides"]:
        assert any(h.startswith(want) for h in heads), want


def test_help_block_is_the_cli_help():
    m = re.search(r"<!-- output: postscrub --help -->\n```text\n(.*?)\n```\n<!-- /output -->", README, re.S)
    assert m, "README lost its generated --help block"
    assert m.group(1) == _docs.run_cli(["--help"]).rstrip(), "stale: run python -m postscrub._docs"
    for option in ["--format", "--explain", "--no-color", "--output", "--lost", "--traceback"]:
        assert option in m.group(1)


def test_every_format_has_a_real_example():
    commands = re.findall(r"<!-- output: (postscrub [^\n]*?) -->", README)
    for fmt in ("json", "jsonl", "text", "rich"):
        assert any(re.search(rf"-f {fmt}(\s|$)", c) for c in commands), fmt


def test_generated_docs_are_up_to_date():
    stale = [str(p.relative_to(ROOT)) for p in _docs.stale()]
    assert not stale, f"stale: {stale}; run python -m postscrub._docs and commit the result"


def test_seed_capture_is_an_svg_of_the_coloured_view():
    captures = _docs.seed_captures()
    svg = next(v for k, v in captures.items() if k.suffix == ".svg")
    txt = next(v for k, v in captures.items() if k.suffix == ".txt")
    assert svg.startswith("<svg") and "Servant" in svg and "fill=" in svg
    assert "[-领英推荐-]" in txt and "\x1b" not in txt


def test_render_readme_replaces_only_output_blocks():
    src = "keep\n<!-- output: postscrub --version -->\nold\n<!-- /output -->\nkeep too\n"
    out = _docs.render_readme(src)
    assert out.startswith("keep\n<!-- output: postscrub --version -->\n```text\npostscrub ")
    assert out.endswith("```\n<!-- /output -->\nkeep too\n") and "old" not in out


def test_field_table_names_every_field_of_the_schema():
    from postscrub.schema import record_schema

    section = README.split("## The record", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    named = set(re.findall(r"`([a-z_]+)`", " ".join(r.split("|")[1] for r in rows)))
    assert set(record_schema()["properties"]) <= named
    defs = record_schema()["$defs"]
    row_text = " ".join(rows)
    for part in ("comment", "repair"):
        for key in defs[part]["properties"]:
            assert key in row_text, (part, key)


def test_every_shape_the_samples_give_is_explained():
    from postscrub import process_bytes

    section = README.split("## How it decides", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\s*\| `([a-z_]+)`(?:, `([a-z_]+)`)?", section, re.M))
    documented = {s for pair in documented for s in pair if s}
    dumps = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus/synthetic").glob("*.txt"))
    shapes = {r.shape for p in dumps for r in process_bytes(p.read_bytes(), source=p.name)}
    assert shapes and shapes <= documented, shapes - documented


def test_library_examples_run(capsys):
    section = README.split("## Library", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks
    data = (ROOT / "samples" / "seed-article.txt").read_bytes()
    scope = {"data": data, "text": data.decode("utf-8")}
    for code in blocks:
        exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - our own README
    out = capsys.readouterr().out
    assert "The Power of Servant Leadership" in out and "What changed" in out and "领英推荐" in out


def test_help_names_what_each_value_is():
    # `--help` showed `-o, --output <str>`, `-j, --jobs <int range>` and `--glob <str>`: types,
    # not what to give
    text = _docs.run_cli(["--help"])
    assert "<str>" not in text and "<int range>" not in text
    for shown in ("-o, --output FILE|DIR/", "-j, --jobs N", "--glob PATTERN"):
        assert shown in text, shown
