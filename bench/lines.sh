#!/usr/bin/env bash
# typeheat lines on the warp server's 367 MB debug IR: whole process, heap capped at 512 MB, median of
# runs; plain and gzipped. The comparison with cargo-llvm-lines is bench/peers.sh's.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
src=${1:-../shared/corpus/warp-app/warp_app-debug.ll.gz}
work=${BENCH_TMP:-/tmp/typeheat-bench}
mkdir -p "$work"
plain="$work/$(basename "${src%.gz}")"
[ -f "$plain" ] || zcat "$src" > "$plain"
mb=$(( $(stat -c %s "$plain") / 1000000 ))
for f in "$plain" "$src"; do
  times=()
  for i in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$work/t.txt" java -Xmx512m -XX:+UseSerialGC -jar target/typeheat.jar lines --top 3 "$f" > /dev/null
    read -r s kb < "$work/t.txt"
    times+=("$s")
    rss=$((kb / 1024))
  done
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "$(basename "$f"): median ${med} s over 5 runs, $(python3 -c "print(round($mb/$med))") MB/s of IR, last peak RSS ${rss} MB"
done
