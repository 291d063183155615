#!/usr/bin/env bash
# Scale benchmark: typeheat profile on the warp server's 5.5 GB self-profile (with query arguments),
# whole process, heap capped at 1 GB. Reports wall time and peak RSS of each run (median of RUNS).
# Usage: bench/profile-scale.sh [PROFILE.mm_profdata[.zst]]  (RUNS=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/warp-app/self-profile-args/warp_app-0032232.mm_profdata.zst}
runs=${RUNS:-3}
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
work=${BENCH_TMP:-/tmp/typeheat-bench}
mkdir -p "$work"
profile="$src"
case "$src" in
  *.zst)
    profile="$work/$(basename "${src%.zst}")"
    [ -f "$profile" ] || zstd -q -d --long=31 "$src" -o "$profile"
    ;;
esac
echo "profile: $profile ($(du -h "$profile" | cut -f1))"
times=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" \
    java -Xmx1g -XX:+UseSerialGC -jar target/typeheat.jar profile --top 5 "$profile" > "$work/out.txt"
  read -r secs kb < "$work/time.txt"
  echo "run $i: ${secs} s, peak RSS $((kb / 1024)) MB"
  times+=("$secs")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s over " NR " runs"}'
echo "--- last output"
cat "$work/out.txt"
