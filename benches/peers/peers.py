"""Times pyvi and underthesea word segmentation on a text file, line by line.

Usage: peers.py CORPUS   -> prints {"tool": seconds, ...} as JSON.
"""
import json
import sys
import time


def timed(fn, lines):
    start = time.perf_counter()
    for line in lines:
        fn(line)
    return time.perf_counter() - start


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = [line for line in f.read().split("\n") if line.strip()]
    out = {}
    from pyvi import ViTokenizer

    out["pyvi ViTokenizer.tokenize"] = timed(ViTokenizer.tokenize, lines)
    from underthesea import word_tokenize

    out["underthesea word_tokenize"] = timed(word_tokenize, lines)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
