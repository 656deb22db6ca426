#!/usr/bin/env bash
# Feed parsing throughput of `veille feed --many` against Debian's python3-feedparser on the
# same files, in one run. Usage: tests/bench/feed_throughput.sh path/to/veille [feed folder]
# (default folder: ../shared/data/feeds). Needs python3-feedparser.
set -euo pipefail
veille=${1:?path to the veille executable}
folder=${2:-"$(dirname "$0")/../../../shared/data/feeds"}
list=$(mktemp)
find "$folder" -type f | sort > "$list"
bytes=$(xargs -d '\n' cat < "$list" | wc -c)
rounds=20
seconds_veille=$( { /usr/bin/time -f %e bash -c "for i in \$(seq $rounds); do '$veille' feed --many < '$list' > /dev/null 2>&1 || true; done" ; } 2>&1 | tail -1)
seconds_python=$( { /usr/bin/time -f %e /usr/bin/python3 -c "
import feedparser, sys
paths = [l.strip() for l in open('$list') if l.strip()]
for _ in range($rounds):
    for p in paths:
        feedparser.parse(open(p, 'rb').read())
" ; } 2>&1 | tail -1)
python3 - "$bytes" "$rounds" "$seconds_veille" "$seconds_python" "$(wc -l < "$list")" <<'PY'
import sys
size, rounds, tv, tp, files = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
mb = size * rounds / 1e6
print(f"{files} files, {size/1e6:.2f} MB, {rounds} rounds")
print(f"veille feed --many : {tv:.2f} s  {mb/tv:.1f} MB/s")
print(f"python3-feedparser : {tp:.2f} s  {mb/tp:.1f} MB/s")
print(f"ratio              : {tp/tv:.1f}x")
PY
rm -f "$list"
