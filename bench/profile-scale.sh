#!/usr/bin/env bash
# Scale benchmark: typeheat profile on the warp server's 5.5 GB self-profile (with query arguments),
# whole process, heap capped at 1 GB. Reports wall time and peak RSS of each run (median of RUNS), for
# the plain file and for the compressed one (streamed, never unpacked by typeheat).
# Usage: bench/profile-scale.sh [PROFILE.mm_profdata.zst]  (RUNS=3 by default)
# When measureme's summarize.json sits beside the profile, one more run (JSON, every query) is checked
# against it: per-label self time, time and count, and the total cpu time, to the nanosecond.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/warp-app/self-profile-args/warp_app-0032232.mm_profdata.zst}
runs=${RUNS:-3}
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
work=${BENCH_TMP:-/tmp/typeheat-bench}
mkdir -p "$work"
profile="$work/$(basename "${src%.zst}")"
[ -f "$profile" ] || zstd -q -d --long=31 "$src" -o "$profile"
for f in "$profile" "$src"; do
  echo "profile: $f ($(du -h "$f" | cut -f1))"
  times=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" \
      java -Xmx1g -XX:+UseSerialGC -jar target/typeheat.jar profile --top 5 "$f" > "$work/out.txt"
    read -r secs user sys kb < "$work/time.txt"
    echo "run $i: ${secs} s wall, $(python3 -c "print(round($user + $sys, 2))") s CPU, peak RSS $((kb / 1024)) MB, load $(cut -d' ' -f1 /proc/loadavg)"
    times+=("$secs")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s over " NR " runs"}'
done
echo "--- last output"
cat "$work/out.txt"
oracle="$(dirname "$src")/summarize.json"
if [ -f "$oracle" ] && command -v python3 > /dev/null; then
  java -Xmx1g -XX:+UseSerialGC -jar target/typeheat.jar profile --format json --top 1000000 "$profile" > "$work/all.json"
  python3 bench/summarize-check.py "$work/all.json" "$oracle"
fi
