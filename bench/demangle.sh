#!/usr/bin/env bash
# typeheat demangle vs rustfilt, whole process, on the same nm dumps (median of runs, and the ratio).
# Needs rustfilt and hyperfine (Debian packages). Inputs: the warp server's 11k-symbol dumps, a 163k-symbol
# file made by concatenating every nm dump of the shared corpus 4 times, and that file 10 times (the
# launcher lets C2 compile for inputs past 128 MB). Outputs are checked to be identical first.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
./typeheat demangle /dev/null >/dev/null   # first run records the class-data-sharing archive
shared=../shared/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
zcat -f "$shared/warp-app/nm-legacy.txt"* > "$work/warp-legacy.txt"
zcat -f "$shared/warp-app/nm-v0.txt"* > "$work/warp-v0.txt"
for i in 1 2 3 4; do zcat -f "$shared"/*/nm-legacy.txt* "$shared"/*/nm-v0.txt*; done > "$work/big.txt"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$work/big.txt"; done > "$work/huge.txt"
echo "big dump: $(wc -l < "$work/big.txt") symbols, $(( $(stat -c %s "$work/big.txt") >> 20 )) MB;" \
  "huge: $(wc -l < "$work/huge.txt") symbols, $(( $(stat -c %s "$work/huge.txt") >> 20 )) MB"
for f in warp-legacy warp-v0 big huge; do
  cmp -s <(rustfilt < "$work/$f.txt") <(./typeheat demangle < "$work/$f.txt") || { echo "$f: output differs from rustfilt"; exit 1; }
  runs=10; [ "$f" = huge ] && runs=3
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/$f.json" \
    "rustfilt < $work/$f.txt" "./typeheat demangle < $work/$f.txt" > /dev/null
  python3 - "$work/$f.json" "$f" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
rf, th = r[0]["median"], r[1]["median"]
print(f"{sys.argv[2]:12s} rustfilt {rf*1000:7.1f} ms   typeheat {th*1000:7.1f} ms   typeheat/rustfilt {th/rf:4.2f}x")
PY
done
