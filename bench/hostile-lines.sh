#!/usr/bin/env bash
# One huge line: a 100 MB single line of A<A<A<... (and two such inputs for diff), /dev/zero, a 1,000,000-deep
# nesting (3 MB, cut at the 1 MiB typeheat keeps of a line) through each command; whole process with
# /usr/bin/time: wall seconds, CPU seconds, peak RSS, exit code and the last line typeheat said.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
work=${BENCH_TMP:-/tmp/typeheat-bench}
mkdir -p "$work"
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def nest(n):
    return "A<" * n + "u8" + ">" * n
for name, n in (("line-100mb.txt", 100 * 1024 * 1024 // 3), ("nest-1m.txt", 1_000_000)):
    p = os.path.join(work, name)
    if not os.path.exists(p):
        with open(p, "w") as f:
            f.write(nest(n) + "\n")
PY
run() { # LABEL ARGS...
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M %x" -o "$work/t.txt" timeout 300 java -XX:+UseSerialGC -jar target/typeheat.jar "$@" \
    > /dev/null 2> "$work/err.txt" || true
  read -r wall user sys kb code < "$work/t.txt" || true
  printf '%-28s %6s s wall %6s s CPU %6s MB RSS exit %s: %s\n' "$label" "$wall" \
    "$(python3 -c "print(round($user + $sys, 1))")" "$((kb / 1024))" "$code" "$(tail -n 1 "$work/err.txt" | cut -c1-110)"
}
echo "$(date -u +%F) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
big="$work/line-100mb.txt"
nest="$work/nest-1m.txt"
for c in explain suggest lint report diff; do
  case $c in
    explain) run "explain 100 MB line" explain "@$big" ;;
    report) run "report 100 MB line" report -o "$work/report.html" "$big" ;;
    diff) run "diff 100 MB line x2" diff "$big" "$big" ;;
    *) run "$c 100 MB line" "$c" "$big" ;;
  esac
done
run "lint 1,000,000 deep" lint "$nest"
run "lint /dev/zero" lint /dev/zero
run "explain /dev/zero" explain @/dev/zero
