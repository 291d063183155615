#!/usr/bin/env bash
# One huge line: a 100 MB single line of A<A<A<... (and two such inputs for diff), /dev/zero, and types nested
# 1,000,000 deep through suggest, lint, report and diff: A<A<..u8..>> (3 MB, cut at the 1 MiB typeheat keeps of
# a line: 524,288 levels), a rustc-style warp::filter::or::Or<.., warp::filter::map::Map<..>> chain (150 MB, cut
# alike) and 1,000,000 open tuples `((((..` (1 MB: the whole million fits the cap). Whole process,
# through the launcher (`./typeheat`: the JVM, compiler and start-up archive users get), with /usr/bin/time: wall
# seconds, CPU seconds, peak RSS, exit code and the last line typeheat said.
# `bench/hostile-lines.sh deep` runs the deep types only.
set -euo pipefail
only=${1:-all}
cd "$(dirname "$0")/.."
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
work=${BENCH_TMP:-/tmp/typeheat-bench}
mkdir -p "$work"
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def nest(n):
    return "A<" * n + "u8" + ">" * n
def rustc_style(n):
    return ("warp::filter::or::Or<" * n + "warp::filter::FilterFn<{closure@src/main.rs:12:34: 12:56}>"
            + ", warp::filter::map::Map<warp::path::Exact<warp::path::internal::Opaque<main::__StaticPath>>,"
              " {closure@src/main.rs:13:1: 13:20}>>" * n)
for name, text in (("line-100mb.txt", lambda: nest(100 * 1024 * 1024 // 3)), ("nest-1m.txt", lambda: nest(1_000_000)),
                   ("rustc-1m.txt", lambda: rustc_style(1_000_000)), ("tuples-1m.txt", lambda: "(" * 1_000_000)):
    p = os.path.join(work, name)
    if not os.path.exists(p):
        with open(p, "w") as f:
            f.write(text() + "\n")
PY
run() { # LABEL ARGS...
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M %x" -o "$work/t.txt" timeout 300 ./typeheat "$@" \
    > /dev/null 2> "$work/err.txt" || true
  # the last line: /usr/bin/time writes "Command exited with non-zero status N" above it
  read -r wall user sys kb code < <(tail -n 1 "$work/t.txt") || true
  printf '%-32s %6s s wall %6s s CPU %6s MB RSS exit %s: %s\n' "$label" "$wall" \
    "$(python3 -c "print(round($user + $sys, 1))")" "$((kb / 1024))" "$code" "$(tail -n 1 "$work/err.txt" | cut -c1-110)"
}
./typeheat explain 'u8' > /dev/null 2>&1   # the first run after a build records the start-up archive
echo "$(date -u '+%F %H:%M UTC') $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(TYPEHEAT_SHOW_JVM=1 ./typeheat --version 2>&1 >/dev/null)"
big="$work/line-100mb.txt"
for c in explain suggest lint report diff; do
  [ "$only" = deep ] && break
  case $c in
    explain) run "explain 100 MB line" explain "@$big" ;;
    report) run "report 100 MB line" report -o "$work/report.html" "$big" ;;
    diff) run "diff 100 MB line x2" diff "$big" "$big" ;;
    *) run "$c 100 MB line" "$c" "$big" ;;
  esac
done
for input in nest rustc tuples; do
  f="$work/$input-1m.txt"
  run "suggest $input 1,000,000 deep" suggest "$f"
  run "lint $input 1,000,000 deep" lint "$f"
  run "report $input 1,000,000 deep" report -o "$work/report.html" "$f"
  run "diff $input 1,000,000 deep x2" diff "$f" "$f"
done
[ "$only" = deep ] && exit 0
run "lint /dev/zero" lint /dev/zero
run "explain /dev/zero" explain @/dev/zero
