#!/usr/bin/env bash
# Does typeheat's advice cut the build? Release rebuild time of an app crate in several variants:
#   unboxed   the crate as it is
#   hand      the crate with CRATE/hand-boxed.patch applied (`.boxed()` on every route group)
#   router    the crate with CRATE/router-boxed.patch applied (one `.boxed()` on the composed router)
#   typeheat  the crate after `cargo typeheat fix --apply --release` (typeheat's plan)
# Each variant is a copy under a temp dir (the crate's `path = "../X"` dependencies are copied beside
# it); dependencies are built once per copy; then every round rebuilds each variant once with
# `cargo clean -p APP --release && cargo build --release`, in an order that rotates each round, timed
# with /usr/bin/time. Prints per variant the number of `.boxed()` calls, medians, min and max of wall
# and CPU (user+sys) seconds, the load average, and the ratios to the hand fix.
#
# Usage: bench/advice-rebuild.sh [CRATE_DIR]        (default corpus/crates/blog)
#   ROUNDS=5                      rounds of interleaved rebuilds
#   VARIANTS="unboxed hand router typeheat"
#   TYPEHEAT_FIX="cargo typeheat fix --apply --release"   run inside the copy (a fresh git repo, clean)
#   KEEP=1                        keep the temp dir (its path is printed)
#   WARMUP=0                      no separate first build (with TARGET_DIR whose dependencies are built:
#                                 round 1 is then the compile check)
#   TARGET_DIR=DIR                one target dir for all copies (say the crate's own, dependencies already
#                                 built there); by default each copy builds its dependencies in its own
# Needs cargo, patch, git and GNU time (/usr/bin/time). One cargo build at a time: nothing runs in parallel.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
crate="$(cd "${1:-$repo/corpus/crates/blog}" && pwd)"
rounds="${ROUNDS:-5}"
read -r -a variants <<< "${VARIANTS:-unboxed hand router typeheat}"
fix_cmd="${TYPEHEAT_FIX:-cargo typeheat fix --apply --release}"
export CARGO_TERM_COLOR=never
unset RUSTC_BOOTSTRAP RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR || true
[ -z "${TARGET_DIR:-}" ] || export CARGO_TARGET_DIR="$(mkdir -p "$TARGET_DIR" && cd "$TARGET_DIR" && pwd)"
export PATH="$repo:$PATH"   # cargo finds cargo-typeheat here

[ -x /usr/bin/time ] || { echo "advice-rebuild: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
app="$(sed -n 's/^name *= *"\(.*\)"/\1/p' "$crate/Cargo.toml" | head -1)"
[ -n "$app" ] || { echo "advice-rebuild: no package name in $crate/Cargo.toml" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/advice-rebuild.XXXXXX")"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work"; fi

# copy VARIANT: the crate and its ../path dependencies into $work/VARIANT/, without build output.
copy() {
    local dest="$work/$1" dep
    mkdir -p "$dest"
    tar -C "$(dirname "$crate")" --exclude=./target --exclude=target -cf - "$(basename "$crate")" | tar -C "$dest" -xf -
    for dep in $(grep -o 'path *= *"\.\./[^"]*"' "$crate/Cargo.toml" | sed 's/.*"\.\.\/\(.*\)"/\1/'); do
        tar -C "$(dirname "$crate")" --exclude=target -cf - "$dep" | tar -C "$dest" -xf -
    done
}

boxes() { { grep -o '\.boxed()' -r "$1/src" || true; } | wc -l; }

declare -A dir missing nboxes
base_boxes=""
for v in "${variants[@]}"; do
    copy "$v"
    d="$work/$v/$(basename "$crate")"
    dir[$v]="$d"
    case "$v" in
        unboxed) ;;
        hand | router)
            if [ -f "$crate/$v-boxed.patch" ]; then
                (cd "$d" && patch -s -p1 < "$crate/$v-boxed.patch")
            else
                missing[$v]="no $v-boxed.patch beside the crate"
            fi
            ;;
        typeheat)
            (cd "$d" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@localhost commit -qm base)
            if ! (cd "$d" && $fix_cmd > "$work/typeheat-fix.out" 2>&1); then
                missing[$v]="'$fix_cmd' failed: $(tail -1 "$work/typeheat-fix.out")"
            elif (cd "$d" && git diff --quiet); then
                missing[$v]="'$fix_cmd' changed nothing"
            fi
            ;;
        *) echo "advice-rebuild: unknown variant $v" >&2; exit 2 ;;
    esac
    nboxes[$v]="$(boxes "$d")"
done

echo "== $app: $(rustc --version), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== building dependencies once per copy, checking each variant compiles and answers alike"
for v in "${variants[@]}"; do
    [ -z "${missing[$v]:-}" ] || { echo "$v: MISSING (${missing[$v]})"; continue; }
    [ "${WARMUP:-1}" != 0 ] || { echo "$v: ${nboxes[$v]} .boxed() calls (no warm-up build)"; continue; }
    if ! (cd "${dir[$v]}" && cargo build --release --offline --quiet > "$work/$v.build.log" 2>&1); then
        missing[$v]="does not compile: $(grep -m1 '^error' "$work/$v.build.log" || tail -1 "$work/$v.build.log")"
        echo "$v: ${missing[$v]}"
        continue
    fi
    # The app's own self-check (blog answers a fixed list of requests); other apps may not have one.
    if [ -n "${CHECK_RUN:-1}" ] && [ "$app" = blog ]; then
        (cd "${dir[$v]}" && timeout 60 "${CARGO_TARGET_DIR:-target}/release/$app" 2> /dev/null > "$work/$v.run.txt")
        if [ -f "$work/unboxed.run.txt" ] && ! cmp -s "$work/unboxed.run.txt" "$work/$v.run.txt"; then
            echo "$v: WARNING: answers differ from the unboxed build's"
        fi
    fi
    echo "$v: ok, ${nboxes[$v]} .boxed() calls"
done

measured=()
for v in "${variants[@]}"; do [ -z "${missing[$v]:-}" ] && measured+=("$v"); done
[ "${#measured[@]}" -gt 0 ] || { echo "advice-rebuild: nothing to measure" >&2; exit 1; }

: > "$work/times.tsv"
echo "== $rounds interleaved rounds: cargo clean -p $app --release && cargo build --release"
for r in $(seq "$rounds"); do
    n=${#measured[@]}
    for i in $(seq 0 $((n - 1))); do
        v="${measured[$(( (i + r - 1) % n ))]}"
        (cd "${dir[$v]}" && cargo clean --release -p "$app" --offline --quiet 2> /dev/null)
        load="$(cut -d' ' -f1 /proc/loadavg)"
        if ! (cd "${dir[$v]}" && /usr/bin/time -f '%e %U %S' -o "$work/time.txt" cargo build --release --offline --quiet > "$work/$v.build.log" 2>&1); then
            echo "advice-rebuild: $v does not compile: $(grep -m1 '^error' "$work/$v.build.log" || tail -1 "$work/$v.build.log")" >&2
            exit 1
        fi
        read -r wall user sys < "$work/time.txt"
        cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
        printf '%s\t%s\t%s\t%s\t%s\n' "$v" "$r" "$wall" "$cpu" "$load" >> "$work/times.tsv"
        printf 'round %d  %-9s wall %7.2f s  cpu %7.2f s  load %s\n' "$r" "$v" "$wall" "$cpu" "$load"
    done
done

echo "== summary ($rounds rounds; cpu = user+sys of the whole cargo build; load = 1-minute load average before each build)"
for v in "${variants[@]}"; do printf '%s\t%s\t%s\n' "$v" "${nboxes[$v]}" "${missing[$v]:-}"; done > "$work/variants.tsv"
python3 - "$work/times.tsv" "$work/variants.tsv" <<'PY'
import sys, statistics
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines()]
variants = [l.split("\t") for l in open(sys.argv[2]).read().splitlines()]
med = {}
print("%-9s %5s  %-28s %-28s %s" % ("variant", "boxes", "wall s: median (min-max)", "cpu s: median (min-max)", "load"))
for v, boxes, missing in variants:
    if missing:
        print("%-9s %5s  missing: %s" % (v, "-", missing))
        continue
    mine = [r for r in rows if r[0] == v]
    w = [float(r[2]) for r in mine]; c = [float(r[3]) for r in mine]; l = [float(r[4]) for r in mine]
    med[v] = (statistics.median(w), statistics.median(c))
    print("%-9s %5s  %7.2f (%6.2f-%6.2f)      %7.2f (%6.2f-%6.2f)      %.1f-%.1f"
          % (v, boxes, med[v][0], min(w), max(w), med[v][1], min(c), max(c), min(l), max(l)))
if "hand" in med:
    for v, _, missing in variants:
        if v == "hand":
            continue
        if v in med:
            print("%s / hand: wall %.3f, cpu %.3f" % (v, med[v][0] / med["hand"][0], med[v][1] / med["hand"][1]))
        else:
            print("%s / hand: missing" % v)
PY
