#!/usr/bin/env bash
# tintuc beside pyvi and underthesea on the same generated corpus.
#
#   bash benches/peers/compare.sh            # 2 MB of synthetic text
#   BYTES=20000000 bash benches/peers/compare.sh
#
# Creates (once) a Python virtual environment with pyvi and underthesea from
# PyPI in $VENV (default /tmp/tintuc-peers-venv), generates the synthetic
# corpus of the benchmarks (examples/synthetic_corpus), and prints each
# tool's throughput in MB/s (one thread) and tintuc's ratio to it. A tool
# run by hand, not part of `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/../.."

BYTES=${BYTES:-2000000}
VENV=${VENV:-/tmp/tintuc-peers-venv}
CORPUS=$(mktemp /tmp/tintuc-peers-XXXXXX.txt)
trap 'rm -f "$CORPUS"' EXIT

cargo build --release --quiet --example synthetic_corpus --example tokenize --example extract
target/release/examples/synthetic_corpus --bytes "$BYTES" > "$CORPUS"
size=$(wc -c < "$CORPUS")

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check pyvi underthesea

seconds() { # seconds COMMAND... : wall time of one run, output discarded
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    python3 -c "print($end - $start)"
}

tok=$(seconds target/release/examples/tokenize "$CORPUS")
ext=$(seconds target/release/examples/extract --threads 1 "$CORPUS")
peers=$("$VENV/bin/python" benches/peers/peers.py "$CORPUS")

python3 - "$size" "$tok" "$ext" "$peers" <<'PY'
import json, sys
size, tok, ext, peers = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), json.loads(sys.argv[4])
mb = size / 1e6
rows = [("tintuc tokenize (syllables, JSON out)", mb / tok), ("tintuc extract (facts, JSON out)", mb / ext)]
rows += [(name, mb / s) for name, s in peers.items()]
print(f"corpus: {mb:.1f} MB of synthetic news text, one thread each")
print(f"{'tool':45} {'MB/s':>9}   tintuc tokenize ×   tintuc extract ×")
for name, speed in rows:
    print(f"{name:45} {speed:9.2f}   {rows[0][1] / speed:17.1f}   {rows[1][1] / speed:16.1f}")
PY
