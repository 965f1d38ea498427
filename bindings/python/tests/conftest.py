"""Shared fixtures: the repository's corpus and the Rust command line's facts on it."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus"
# The dev articles of the project's shared folder, when the checkout has it beside.
DEV = ROOT.parent / "shared" / "dev" / "articles"


def read_text(path: Path) -> str:
    """A file's text exactly as the Rust examples read it: UTF-8, no newline
    translation (open() in text mode would turn CRLF into LF and shift the
    byte spans)."""
    return path.read_bytes().decode("utf-8")


def corpus_files():
    """The .txt files of corpus/ (recursively), as the Rust example expands a directory."""
    files = sorted(CORPUS.rglob("*.txt"))
    assert files, f"no .txt files under {CORPUS}"
    return files


@pytest.fixture(scope="session")
def corpus():
    """(doc id, text) of every corpus article."""
    return [(p.stem, read_text(p)) for p in corpus_files()]


@pytest.fixture(scope="session")
def dev_articles():
    """(doc id, text) of the dev articles, or an empty list when absent."""
    if not DEV.is_dir():
        return []
    return [(p.stem, read_text(p)) for p in sorted(DEV.rglob("*.txt"))]


@pytest.fixture(scope="session")
def rust_facts():
    """The facts the Rust `extract` example writes for corpus/, as parsed
    JSON Lines. `.ci/run` makes the file once and passes it in
    TINTUC_RUST_FACTS; otherwise the test runs the example itself."""
    given = os.environ.get("TINTUC_RUST_FACTS")
    if given:
        lines = Path(given).read_text(encoding="utf-8").splitlines()
    else:
        out = subprocess.run(
            ["cargo", "run", "--release", "--quiet", "--example", "extract", "--", "corpus/"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        lines = out.stdout.decode("utf-8").splitlines()
    facts = [json.loads(line) for line in lines if line.strip()]
    assert facts, "the Rust example wrote no facts"
    return facts
