#!/usr/bin/env bash
# typeheat next to the tools users would otherwise run, whole process, on the shared corpus's big inputs:
# cargo-llvm-lines (lines), measureme's summarize (profile), zstd (streaming a compressed profile) and
# rustfilt (demangle). Each row first checks that both sides print the same thing, then times RUNS
# paired runs, interleaved (ABBA...), with /usr/bin/time: wall min and median, CPU (user+sys) median,
# peak RSS; the ratio is typeheat / peer. The load average is printed beside each row: other work on
# the machine inflates wall times, CPU time less so.
#
# Usage: bench/peers.sh [ROW...]   (rows: lines-debug lines-release profile profile-zst demangle-small
#                                   demangle-big; default all)
# Peers are looked up in PEERS_BIN (default ~/peers/bin), then on PATH; a row whose peer is missing is
# skipped with a note. Big inputs are unpacked once into BENCH_TMP (default /tmp/typeheat-bench; the
# profile needs 5.6 GB there). RUNS (default 5; 3 for the profile rows).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared/corpus}
work=${BENCH_TMP:-/tmp/typeheat-bench}
peers=${PEERS_BIN:-$HOME/peers/bin}
mkdir -p "$work"
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
./typeheat demangle /dev/null > /dev/null   # first run records the start-up archive
PATH="$peers:$PATH"

have() { command -v "$1" > /dev/null 2>&1; }
load() { cut -d' ' -f1 /proc/loadavg; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "typeheat: $(./typeheat --version 2>/dev/null | head -1) at $(git rev-parse --short HEAD 2>/dev/null || echo '?'); JVM: $(TYPEHEAT_SHOW_JVM=1 ./typeheat --version 2>&1 >/dev/null | sed 's/^typeheat: //')"
have cargo-llvm-lines && echo "cargo-llvm-lines: $(cargo-llvm-lines llvm-lines --version 2>&1 | head -1)"
have summarize && echo "summarize: measureme ${SUMMARIZE_VERSION:-(version unknown: summarize has no --version; set SUMMARIZE_VERSION)}"
have rustfilt && echo "rustfilt: $(rustfilt --version 2>&1 | head -1)"
have zstd && echo "zstd: $(zstd --version 2>&1 | head -1)"
echo

# pair NAME GOAL PEER_CMD TYPEHEAT_CMD: interleaved timed runs of two shell commands (stdout discarded)
pair() {
  local name=$1 goal=$2 peer=$3 mine=$4 runs=${RUNS:-5} before
  before=$(load)
  : > "$work/peer.times"
  : > "$work/mine.times"
  for i in $(seq "$runs"); do
    if [ $((i % 2)) = 1 ]; then order="peer mine"; else order="mine peer"; fi
    for side in $order; do
      local cmd=$peer
      [ "$side" = mine ] && cmd=$mine
      /usr/bin/time -f "%e %U %S %M" -o "$work/t" bash -c "$cmd" > /dev/null
      cat "$work/t" >> "$work/$side.times"
    done
  done
  python3 - "$work/peer.times" "$work/mine.times" "$name" "$goal" "$before" "$(load)" <<'PY'
import statistics, sys
def stats(path):
    rows = [list(map(float, l.split())) for l in open(path) if l.strip() and l[0].isdigit()]
    wall = [r[0] for r in rows]
    cpu = [r[1] + r[2] for r in rows]
    return min(wall), statistics.median(wall), statistics.median(cpu), max(r[3] for r in rows) / 1024
p, m = stats(sys.argv[1]), stats(sys.argv[2])
name, goal, l0, l1 = sys.argv[3:7]
fmt = lambda s: f"{s[0]:.3g}/{s[1]:.3g} s wall (min/median), {s[2]:.3g} s CPU, {s[3]:.0f} MB"
print(f"| {name} | {fmt(p)} | {fmt(m)} | {m[1]/p[1]:.2f}x wall, {m[2]/p[2]:.2f}x CPU | {goal} | {l0} -> {l1} |")
PY
}

header() {
  echo "| job | peer | typeheat | ratio (median) | goal | load (1 min) |"
  echo "|---|---|---|---|---|---|"
}

unpack() { # SRC DEST: decompress once
  [ -f "$2" ] || zstd -q -d -c --long=31 "$1" > "$2.part" 2>/dev/null || zcat "$1" > "$2.part"
  [ -f "$2.part" ] && mv "$2.part" "$2"
  true
}

row_lines() { # debug|release
  have cargo-llvm-lines || { echo "(lines-$1: cargo-llvm-lines not found, skipped)"; return; }
  local ll="$work/warp_app-$1.ll"
  unpack "$shared/warp-app/warp_app-$1.ll.gz" "$ll"
  cmp -s <(cargo-llvm-lines llvm-lines --files "$ll") <(./typeheat lines --group raw "$ll") \
    || { echo "lines-$1: output differs from cargo-llvm-lines"; exit 1; }
  local goal="<= 1.0x"; [ "$1" = release ] && goal="<= 2.0x"
  pair "$(( $(stat -c %s "$ll") / 1000000 )) MB warp $1 .ll: cargo-llvm-lines --files vs lines --group raw" "$goal" \
    "cargo-llvm-lines llvm-lines --files $ll" "./typeheat lines --group raw $ll"
}

profile_plain() {
  local src="$shared/warp-app/self-profile-args/warp_app-0032232.mm_profdata.zst"
  local plain="$work/warp_app-0032232.mm_profdata"
  unpack "$src" "$plain"
  echo "$plain"
}

row_profile() {
  have summarize || { echo "(profile: summarize not found, skipped)"; return; }
  local plain; plain=$(profile_plain)
  # summarize --json writes its JSON beside the profile
  [ -f "$plain.json" ] || summarize summarize --json "$plain" > /dev/null
  local oracle="$plain.json"
  [ -f "$oracle" ] || oracle="$(dirname "$plain")/$(basename "$plain" .mm_profdata).json"
  ./typeheat profile --format json --top 1000000 "$plain" > "$work/profile-all.json"
  python3 bench/summarize-check.py "$work/profile-all.json" "$oracle" || exit 1
  RUNS=${RUNS:-3} pair "5.53 GB warp profile: summarize vs profile" "<= 0.2x" \
    "summarize summarize $plain" "./typeheat profile $plain"
}

row_profile_zst() {
  have zstd || { echo "(profile-zst: zstd not found, skipped)"; return; }
  local src="$shared/warp-app/self-profile-args/warp_app-0032232.mm_profdata.zst"
  local plain; plain=$(profile_plain)
  cmp -s <(./typeheat profile "$plain" | tail -n +2) <(./typeheat profile "$src" | tail -n +2) \
    || { echo "profile-zst: output differs from the plain file's"; exit 1; }
  RUNS=${RUNS:-3} pair "the same profile as .zst: profile on the plain file vs on the .zst" "<= 1.3x, no temp file" \
    "./typeheat profile $plain" "./typeheat profile $src"
  RUNS=${RUNS:-3} pair "(reference) zstd -dc alone vs profile on the .zst" "-" \
    "zstd -q -d -c --long=31 $src" "./typeheat profile $src"
}

nm_dumps() {
  [ -f "$work/nm-warp-legacy.txt" ] || zcat -f "$shared/warp-app/nm-legacy.txt"* > "$work/nm-warp-legacy.txt"
  [ -f "$work/nm-warp-v0.txt" ] || zcat -f "$shared/warp-app/nm-v0.txt"* > "$work/nm-warp-v0.txt"
  if [ ! -f "$work/nm-huge.txt" ]; then
    for i in 1 2 3 4; do zcat -f "$shared"/*/nm-legacy.txt* "$shared"/*/nm-v0.txt*; done > "$work/nm-big.txt"
    for i in $(seq 10); do cat "$work/nm-big.txt"; done > "$work/nm-huge.txt"
  fi
}

row_demangle() { # small|big
  have rustfilt || { echo "(demangle: rustfilt not found, skipped)"; return; }
  nm_dumps
  local files="nm-warp-legacy nm-warp-v0"; [ "$1" = big ] && files="nm-big nm-huge"
  for f in $files; do
    local in="$work/$f.txt"
    cmp -s <(rustfilt < "$in") <(./typeheat demangle < "$in") || { echo "$f: output differs from rustfilt"; exit 1; }
    local n; n="$(wc -l < "$in") symbols, $(( $(stat -c %s "$in") / 1000000 )) MB"
    local goal="<= 1.5x"; [ "$1" = big ] && goal="< 1.0x (kept)"
    local runs=${RUNS:-10}; [ "$f" = nm-huge ] && runs=${RUNS:-3}
    RUNS=$runs pair "$f ($n): rustfilt vs demangle, file on stdin" "$goal" "rustfilt < $in" "./typeheat demangle < $in"
    if [ "$f" = nm-huge ]; then
      RUNS=$runs pair "$f ($n) through a pipe: cat | rustfilt vs cat | demangle" "$goal" "cat $in | rustfilt" "cat $in | ./typeheat demangle"
    fi
  done
}

rows=("$@")
[ ${#rows[@]} -gt 0 ] || rows=(lines-debug lines-release profile profile-zst demangle-small demangle-big)
header
for r in "${rows[@]}"; do
  case "$r" in
    lines-debug) row_lines debug ;;
    lines-release) row_lines release ;;
    profile) row_profile ;;
    profile-zst) row_profile_zst ;;
    demangle-small) row_demangle small ;;
    demangle-big) row_demangle big ;;
    *) echo "unknown row: $r" >&2; exit 2 ;;
  esac
done
