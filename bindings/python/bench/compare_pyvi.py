"""Throughput of tintuc from Python beside pyvi's ViTokenizer.tokenize.

A tool run by hand, not in CI:

    python3 -m venv /tmp/tintuc-bench
    /tmp/tintuc-bench/bin/pip install ./bindings/python pyvi
    /tmp/tintuc-bench/bin/python bindings/python/bench/compare_pyvi.py

The articles of corpus/ are repeated in memory to --mb megabytes (UTF-8) and
given to `tintuc.extract_many` (all cores, then one thread) and to
`tintuc.tokenize`; pyvi's `ViTokenizer.tokenize` (word segmentation with a
CRF, one thread) reads the same articles, repeated to --pyvi-mb megabytes
(it is much slower: a smaller sample gives the same rate). Each figure is the
best of --repeat runs. The ratios compare rates in MB/s of UTF-8 input.
"""

import argparse
import os
import time
from pathlib import Path

import tintuc

ROOT = Path(__file__).resolve().parents[3]


def articles(corpus: Path):
    """The corpus articles, read as the Rust examples read them."""
    texts = [p.read_bytes().decode("utf-8") for p in sorted(corpus.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files under {corpus}")
    return texts


def repeat_to(texts, megabytes):
    """The articles repeated until they hold `megabytes` MB of UTF-8."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    copies = max(1, round(megabytes * 1e6 / size))
    out = texts * copies
    return out, size * copies


def best(fn, repeat):
    """The shortest of `repeat` timed runs of fn(), with fn's last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--mb", type=float, default=20.0, help="MB of text for tintuc (default 20)")
    ap.add_argument("--pyvi-mb", type=float, default=2.0, help="MB of text for pyvi (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure, best kept (default 3)")
    args = ap.parse_args()

    base = articles(args.corpus)
    texts, size = repeat_to(base, args.mb)
    print(f"corpus: {len(base)} articles repeated to {len(texts)} texts, {size / 1e6:.1f} MB; "
          f"{os.cpu_count()} cores; tintuc {tintuc.__version__}")

    rows = []
    tintuc.extract_many(base)  # warm up: the default lexicon's automaton is built once.
    secs, facts = best(lambda: tintuc.extract_many(texts), args.repeat)
    nfacts = sum(len(f) for f in facts)
    rows.append(("tintuc.extract_many (all cores)", size / secs / 1e6, f"{nfacts} facts"))
    secs, _ = best(lambda: tintuc.extract_many(texts, threads=1), args.repeat)
    rows.append(("tintuc.extract_many (threads=1)", size / secs / 1e6, ""))
    # Tokens are used a document at a time (millions of dicts held at once
    # would measure the allocator); the count proves the work was done.
    secs, ntokens = best(lambda: sum(len(tintuc.tokenize(t)) for t in texts), args.repeat)
    rows.append(("tintuc.tokenize (one thread)", size / secs / 1e6, f"{ntokens} tokens"))

    try:
        from pyvi import ViTokenizer
    except ImportError:
        raise SystemExit("pyvi is not installed: pip install pyvi")
    sample, sample_size = repeat_to(base, args.pyvi_mb)
    ViTokenizer.tokenize(base[0])  # warm up: pyvi loads its CRF model on first use.
    secs, _ = best(lambda: sum(len(ViTokenizer.tokenize(t)) for t in sample), args.repeat)
    pyvi_rate = sample_size / secs / 1e6
    rows.append((f"pyvi ViTokenizer.tokenize (one thread, {sample_size / 1e6:.1f} MB)", pyvi_rate, ""))

    print()
    print("| what | MB/s | × pyvi | |")
    print("| --- | ---: | ---: | --- |")
    for name, rate, note in rows:
        print(f"| {name} | {rate:.2f} | {rate / pyvi_rate:.1f}× | {note} |")


if __name__ == "__main__":
    main()
