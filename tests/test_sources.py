"""Folder walking (issue 5): recursive, stable sorted order, default globs, hidden files,
symbolic-link loops, unreadable folders reported rather than fatal."""

from __future__ import annotations

import os

import pytest

from postscrub.sources import DEFAULT_GLOBS, Globs, InputError, Source, expand, walk


def make(root, *rels, text="x\n"):
    for rel in rels:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def rels(sources):
    return [s.rel for s in sources]


def test_walk_is_recursive_and_sorted_by_name_at_each_level(tmp_path):
    make(tmp_path, "b.txt", "a/z.txt", "a/b/c.txt", "c.md", "A.txt", "a0.txt")
    assert rels(walk(str(tmp_path))) == [
        "A.txt", os.path.join("a", "b", "c.txt"), os.path.join("a", "z.txt"), "a0.txt", "b.txt", "c.md",
    ]
    # the same tree walked twice gives the same order, and names are the path as found
    again = list(walk(str(tmp_path)))
    assert [s.name for s in again] == [os.path.join(str(tmp_path), r) for r in rels(again)]


def test_default_globs_take_text_like_files_only(tmp_path):
    make(tmp_path, "a.txt", "b.md", "c.markdown", "d.text", "E.TXT", "meta.json", "out.csv", "img.png", "noext")
    got = rels(walk(str(tmp_path)))
    assert got == ["E.TXT", "a.txt", "b.md", "c.markdown", "d.text"]
    assert "*.json" not in DEFAULT_GLOBS


def test_glob_by_name_and_by_relative_path(tmp_path):
    make(tmp_path, "a.json", "a.txt", "sub/b.json", "sub/c.txt", "other/d.txt")
    assert rels(walk(str(tmp_path), ["*.json"])) == ["a.json", os.path.join("sub", "b.json")]
    assert rels(walk(str(tmp_path), ["sub/*"])) == [os.path.join("sub", "b.json"), os.path.join("sub", "c.txt")]
    assert str(Globs(["*.json", "*.x"])) == "*.json *.x"


def test_hidden_files_and_folders_are_skipped(tmp_path):
    make(tmp_path, ".hidden.txt", ".git/x.txt", "ok/.y.txt", "ok/z.txt")
    assert rels(walk(str(tmp_path))) == [os.path.join("ok", "z.txt")]


def test_symlink_loop_is_not_followed_forever(tmp_path):
    make(tmp_path, "a/x.txt", "b/y.txt")
    os.symlink(tmp_path, tmp_path / "a" / "loop")  # points back at the root
    os.symlink(tmp_path / "b", tmp_path / "a" / "also-b")  # a second way into b
    got = rels(walk(str(tmp_path)))
    # every file once, whichever way it was reached first
    assert sorted(os.path.basename(r) for r in got) == ["x.txt", "y.txt"]


def test_symlinked_file_is_taken_and_broken_link_is_reported(tmp_path):
    make(tmp_path, "real/a.txt")
    os.symlink(tmp_path / "real" / "a.txt", tmp_path / "link.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    by_rel = {s.rel: s for s in walk(str(tmp_path))}
    assert set(by_rel) == {"broken.txt", "link.txt", os.path.join("real", "a.txt")}
    assert by_rel["link.txt"].read_bytes() == b"x\n"
    with pytest.raises(InputError, match="broken symbolic link"):
        by_rel["broken.txt"].read_bytes()


def test_unreadable_folder_is_a_failing_source_not_a_crash(tmp_path, monkeypatch):
    make(tmp_path, "a.txt", "locked/b.txt", "z.txt")
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    got = list(walk(str(tmp_path)))
    assert [s.rel for s in got] == ["a.txt", "locked", "z.txt"]
    with pytest.raises(InputError, match="cannot read folder: permission denied"):
        got[1].read_bytes()


def test_excluded_folder_is_not_entered(tmp_path):
    make(tmp_path, "in/a.txt", "in/out/a.txt")
    assert rels(walk(str(tmp_path / "in"), exclude=[str(tmp_path / "in" / "out")])) == ["a.txt"]


def test_stem_clash_is_flagged_for_siblings_only(tmp_path):
    make(tmp_path, "a.txt", "a.md", "a-x.txt", "a.b.txt", "b.txt", "c", "c-d.txt", "c.md", "sub/a.txt")
    clash = {s.rel: s.stem_clash for s in walk(str(tmp_path), ["*"])}
    assert clash == {
        "a.md": True, "a.txt": True, "a-x.txt": False, "a.b.txt": False, "b.txt": False,
        "c": True, "c.md": True, "c-d.txt": False, os.path.join("sub", "a.txt"): False,
    }


def test_walk_is_lazy(tmp_path, monkeypatch):
    make(tmp_path, "a/x.txt", "b/y.txt")
    listed = []
    real_scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda p: (listed.append(os.path.basename(p)), real_scandir(p))[1])
    it = walk(str(tmp_path))
    assert next(it).rel == os.path.join("a", "x.txt")
    assert "b" not in listed  # b is listed only when the walk gets there


def test_expand_takes_named_files_whatever_their_name_and_stdin(tmp_path):
    make(tmp_path, "d/a.txt", "d/skip.json", "named.json")
    got = list(expand([str(tmp_path / "named.json"), "-", str(tmp_path / "d")]))
    assert [(s.name, s.rel) for s in got] == [
        (str(tmp_path / "named.json"), "named.json"),
        ("-", None),
        (os.path.join(str(tmp_path / "d"), "a.txt"), "a.txt"),
    ]
    assert got[1].path is None


def test_same_folder_given_twice_is_walked_once(tmp_path):
    make(tmp_path, "a.txt", "sub/b.txt")
    got = list(expand([str(tmp_path), str(tmp_path / "sub")]))
    assert sorted(s.rel for s in got) == ["a.txt", os.path.join("sub", "b.txt")]


def test_reading_takes_the_whole_file_up_to_the_limit(tmp_path, monkeypatch):
    import postscrub.sources as sources

    f = tmp_path / "a.txt"
    f.write_bytes(b"x" * 1000)
    assert Source(str(f), str(f)).read_bytes() == b"x" * 1000
    monkeypatch.setattr(sources, "MAX_INPUT_BYTES", 999)  # one byte too many: refused
    with pytest.raises(InputError, match="larger than"):
        Source(str(f), str(f)).read_bytes()


def test_a_file_whose_size_says_less_than_it_holds_is_read_whole(tmp_path):
    # /proc files say 0; a file growing while it is read says what it had when it was opened
    if os.path.isfile("/proc/self/status"):
        assert Source("/proc/self/status", "/proc/self/status").read_bytes().startswith(b"Name:")
    f = tmp_path / "grows.txt"
    f.write_bytes(b"abc")
    real_fstat = os.fstat
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 1, *real_fstat(fd)[7:])))
        assert Source(str(f), str(f)).read_bytes() == b"abc"
