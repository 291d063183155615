#!/usr/bin/env bash
# Scale benchmark: typeheat profile on the warp server's 5.5 GB self-profile (with query arguments),
# whole process, heap capped at 1 GB. Reports wall time and peak RSS of each run (median of RUNS).
# Usage: bench/profile-scale.sh [PROFILE.mm_profdata[.zst]]  (RUNS=3 by default)
# When measureme's summarize.json sits beside the profile, one more run (JSON, every query) is checked
# against it: per-label self time, time and count, and the total cpu time, to the nanosecond.
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
oracle="$(dirname "$src")/summarize.json"
if [ -f "$oracle" ] && command -v python3 > /dev/null; then
  java -Xmx1g -XX:+UseSerialGC -jar target/typeheat.jar profile --format json --top 1000000 "$profile" > "$work/all.json"
  python3 - "$work/all.json" "$oracle" <<'PY'
import json, sys
mine = json.load(open(sys.argv[1]))
oracle = json.load(open(sys.argv[2]))
ns = lambda d: d["secs"] * 10**9 + d["nanos"]
rows = {q["label"]: q for q in mine["queries"]}
bad = []
for q in oracle["query_data"]:
    r = rows.pop(q["label"], None)
    if r is None or (r["selfNanos"], r["totalNanos"], r["count"]) != (ns(q["self_time"]), ns(q["time"]), q["invocation_count"]):
        bad.append(q["label"])
if mine["totalCpuNanos"] != ns(oracle["total_time"]):
    bad.append("total cpu time")
print("summarize check: %d labels, %d differ%s, %d only in typeheat"
      % (len(oracle["query_data"]), len(bad), (" " + ", ".join(bad[:5])) if bad else "", len(rows)))
sys.exit(1 if bad or rows else 0)
PY
fi
