#!/usr/bin/env bash
# Regenerate real compiler output from the std-only crates in corpus/crates/ into corpus/generated/:
# chains -> generated/chains/, blog (on sieve) -> generated/blog/, recovered (on sieve) -> generated/recovered/. Offline, idempotent; builds under
# corpus/crates/NAME/target/regen (gitignored) and writes nothing outside the repository except one
# temp dir under $TMPDIR.
# Usage: corpus/regenerate.sh [chains|blog|recovered]...   (default: chains and blog; needs cargo/rustc 1.95-ish, nm, gzip,
#        zstd and patch; rustfilt optional). Long-type file names and profiles change on every run, so
#        regenerate only the crate you changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export CARGO_TERM_COLOR=never
unset RUSTC_BOOTSTRAP RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS || true

# The crate being regenerated: set by use_crate.
crate="" out="" tgt="" bin=""
use_crate() { # use_crate NAME: build in crates/NAME, write generated/NAME; start clean but keep the README
    bin="$1"
    crate="$here/crates/$1"
    out="$here/generated/$1"
    tgt="$crate/target/regen"
    cd "$crate"   # rustc sees relative source paths (src/...), so no machine path ends up in spans
    if [ -d "$out" ]; then find "$out" -mindepth 1 ! -name README.md -delete; fi
    rm -rf "$tgt"
    mkdir -p "$out" "$tgt"
}

# Strip this machine's absolute paths from text output (crate dir -> ".", a sibling crate -> "../NAME",
# target dir -> "target/regen").
scrub() {
    sed -i -e "s#$tgt#target/regen#g" -e "s#$crate#.#g" -e "s#$here/crates/#../#g" -e "s#$tmp/[a-z-]*/#../#g" \
        -e "s#$HOME#~#g" "$@"
}

# cargo rustc into its own target dir; the crate is always rebuilt because each dir starts empty.
build() { # build NAME [cargo args...] -- [rustc args...]
    local name="$1"; shift
    cargo rustc --offline --quiet --bin "$bin" --target-dir "$tgt/$name" "$@"
}

# Same-length rewrite of this machine's directory names in a file that may be binary (IR debug info,
# the profile's metadata and string table): repository root, $HOME and the temp dir become neutral
# names of the same byte length, so every offset in a .mm_profdata stays valid.
neutralize() {
    python3 - "$1" "$repo" "$HOME" "$tmp" <<'PY'
import sys
path, *dirs = sys.argv[1:]
neutral = ["/build/typeheat", "/home/user", "/tmp/profile"]
data = open(path, "rb").read()
for d, n in sorted(zip(dirs, neutral), key=lambda p: -len(p[0])):
    if len(d) < 2 or d == "/":
        continue
    new = (n * (len(d) // len(n) + 1))[: len(d)] if len(n) < len(d) else n[: len(d)]
    data = data.replace(d.encode(), new.encode())
open(path, "wb").write(data)
PY
}
gz() { neutralize "$1"; gzip -9 -n -c "$1" > "$2"; }
# Profiles are ~86 MB raw and full of repeated type strings: zstd's long window makes them 1.5 MB
# (gzip -9: 3.3 MB). zstd --long=27 stays within the decoder's default window limit.
pz() { # pz FILE DEST_WITHOUT_SUFFIX
    neutralize "$1"
    if command -v zstd > /dev/null; then zstd -q -19 --long=27 -f -c "$1" > "$2.zst"; else gz "$1" "$2.gz"; fi
}

one_file() { # the single file matching a glob, or fail
    local f; f=( $1 ); [ -e "${f[0]}" ] && [ "${#f[@]}" -eq 1 ] || { echo "expected one file for $1, got: ${f[*]}" >&2; exit 1; }
    printf '%s' "${f[0]}"
}

chains() {
use_crate chains
mkdir -p "$out"/{self-profile,mono-stats,long-types,boxed/self-profile}

echo "== IR (legacy mangling, stable flags)"
build release --release -- --emit=llvm-ir,link
gz "$(one_file "$tgt/release/release/deps/chains-*.ll")" "$out/chains-release.ll.gz"
build debug -- --emit=llvm-ir,link
gz "$(one_file "$tgt/debug/debug/deps/chains-*.ll")" "$out/chains-debug.ll.gz"
nm "$tgt/release/release/chains" > "$out/nm-legacy.txt"

echo "== v0 mangling"
RUSTC_BOOTSTRAP=1 build v0 --release -- -C symbol-mangling-version=v0
nm "$tgt/v0/release/chains" > "$out/nm-v0.txt"

if command -v rustfilt > /dev/null; then
    for m in legacy v0; do
        rustfilt < "$out/nm-$m.txt" > "$out/nm-$m-rustfilt.txt"
        rustfilt -h < "$out/nm-$m.txt" > "$out/nm-$m-rustfilt-h.txt"
    done
else
    echo "rustfilt not installed: skipping nm-*-rustfilt*.txt" >&2
fi

profile() { # profile NAME DEST [cargo args...]
    local name="$1" dest="$2"; shift 2
    mkdir -p "$tmp/$name"
    RUSTC_BOOTSTRAP=1 build "$name" --release "$@" -- \
        -Z self-profile="$tmp/$name" -Z self-profile-events=default,args
    local f; f="$(one_file "$tmp/$name/chains-*.mm_profdata")"
    pz "$f" "$dest/chains-release.mm_profdata"
}

echo "== self-profile with query arguments"
profile profile "$out/self-profile"

echo "== mono stats"
RUSTC_BOOTSTRAP=1 build mono-json --release -- -Z dump-mono-stats="$out/mono-stats" -Z dump-mono-stats-format=json
RUSTC_BOOTSTRAP=1 build mono-md --release -- -Z dump-mono-stats="$out/mono-stats" -Z dump-mono-stats-format=markdown

echo "== broken feature (errors expected)"
broken() { # broken NAME OUTFILE [extra cargo args] -- [rustc args]
    local name="$1" file="$2"; shift 2
    if cargo rustc --offline --bin chains --target-dir "$tgt/$name" --features broken "$@" > "$file" 2>&1; then
        echo "the broken build compiled" >&2; exit 1
    fi
}
broken broken "$out/error-broken.txt"
broken broken-verbose "$out/error-broken-verbose.txt" -- --verbose
# JSON messages on stdout only (cargo's own progress lines go to stderr and are dropped)
if cargo rustc --offline --quiet --bin chains --target-dir "$tgt/broken-json" --features broken \
        --message-format=json > "$out/error-broken.json" 2> /dev/null; then
    echo "the broken build compiled" >&2; exit 1
fi
for d in broken broken-verbose broken-json; do
    mkdir -p "$out/long-types/error-$d"
    find "$tgt/$d" -name '*.long-type-*.txt' -exec cp {} "$out/long-types/error-$d/" \;
    rmdir --ignore-fail-on-non-empty "$out/long-types/error-$d"   # --verbose prints full types: none
done

echo "== boxed feature"
build boxed --release --features boxed -- --emit=llvm-ir,link
gz "$(one_file "$tgt/boxed/release/deps/chains-*.ll")" "$out/boxed/chains-release.ll.gz"
profile boxed-profile "$out/boxed/self-profile" --features boxed

scrub "$out"/*.txt "$out"/*.json "$out"/mono-stats/* "$out"/long-types/*/*
# Profiles and IR were neutralized before compression; make sure.
for p in "$out/self-profile/"* "$out/boxed/self-profile/"* "$out"/*.ll.gz "$out"/boxed/*.ll.gz; do
    case "$p" in *.zst) dec=(zstd -dc --long=27) ;; *) dec=(gzip -dc) ;; esac
    if "${dec[@]}" "$p" | grep -aqF -e "$repo" -e "$tmp" -e "$HOME/"; then
        echo "warning: $p contains an absolute path of this machine" >&2
    fi
done

echo "== check the program runs"
"$tgt/release/release/chains" | tee "$out/run-output.txt"

summary
}

summary() {
echo "== summary of $out ($(rustc --version))"
(cd "$out" && find . -type f ! -name README.md | sort | while read -r f; do printf '%10d  %s\n' "$(stat -c %s "$f")" "${f#./}"; done)
printf '%10s  total\n' "$(du -sb "$out" | cut -f1)"
}

# A copy of blog (and sieve beside it) with one of its patches applied, for the boxed variants.
patched_blog() { # patched_blog PATCH_NAME -> prints the copy's crate dir
    local dest="$tmp/$1"
    mkdir -p "$dest"
    tar -C "$here/crates" --exclude=target -cf - blog sieve | tar -C "$dest" -xf -
    (cd "$dest/blog" && patch -s -p1 < "$here/crates/blog/$1.patch")
    printf '%s' "$dest/blog"
}

blog() {
use_crate blog
mkdir -p "$out"/{long-types,hand-boxed}

echo "== blog: type sizes (full types with closure spans)"
RUSTC_BOOTSTRAP=1 build sizes --release -- -Z print-type-sizes > "$tmp/sizes.txt"
scrub "$tmp/sizes.txt"
gzip -9 -n -c "$tmp/sizes.txt" > "$out/blog-type-sizes.txt.gz"

echo "== blog: broken features (errors expected)"
local name
for name in broken broken-copy; do
    if cargo rustc --offline --bin blog --target-dir "$tgt/$name" --features "$name" > "$out/error-$name.txt" 2>&1; then
        echo "the $name build compiled" >&2; exit 1
    fi
    mkdir -p "$out/long-types/error-$name"
    find "$tgt/$name" -name '*.long-type-*.txt' -exec cp {} "$out/long-types/error-$name/" \;
done
# JSON messages on stdout only (cargo's own progress lines go to stderr and are dropped)
if cargo rustc --offline --quiet --bin blog --target-dir "$tgt/broken-json" --features broken \
        --message-format=json > "$out/error-broken.json" 2> /dev/null; then
    echo "the broken build compiled" >&2; exit 1
fi

echo "== blog: v0 IR and self-profile (kept when small)"
RUSTC_BOOTSTRAP=1 build v0 --release -- -C symbol-mangling-version=v0 --emit=llvm-ir,link
gz "$(one_file "$tgt/v0/release/deps/blog-*.ll")" "$tmp/blog-release-v0.ll.gz"
keep_small "$tmp/blog-release-v0.ll.gz" "$out/blog-release-v0.ll.gz"
mkdir -p "$tmp/profile"
RUSTC_BOOTSTRAP=1 build profile --release -- -Z self-profile="$tmp/profile" -Z self-profile-events=default,args
pz "$(one_file "$tmp/profile/blog-*.mm_profdata")" "$tmp/blog-release.mm_profdata"
keep_small "$tmp/blog-release.mm_profdata.zst" "$out/self-profile/blog-release.mm_profdata.zst"

echo "== blog: hand-boxed variant (six groups boxed): type sizes"
local hand; hand="$(patched_blog hand-boxed)"
(cd "$hand" && RUSTC_BOOTSTRAP=1 cargo rustc --offline --quiet --bin blog --target-dir "$tgt/hand" --release -- \
    -Z print-type-sizes) > "$tmp/hand-sizes.txt"
scrub "$tmp/hand-sizes.txt"
gzip -9 -n -c "$tmp/hand-sizes.txt" > "$out/hand-boxed/blog-type-sizes.txt.gz"

scrub "$out"/*.txt "$out"/*.json "$out"/long-types/*/*
for p in "$out"/*.gz "$out"/*/*.zst; do
    [ -e "$p" ] || continue
    case "$p" in *.zst) dec=(zstd -dc --long=27) ;; *) dec=(gzip -dc) ;; esac
    if "${dec[@]}" "$p" | grep -aqF -e "$repo" -e "$tmp" -e "$HOME/"; then
        echo "warning: $p contains an absolute path of this machine" >&2
    fi
done

echo "== blog: check the program runs"
"$tgt/sizes/release/blog" 2> /dev/null | tee "$out/run-output.txt"
summary
}

# recovered: routes in a fn that declares `Error = Infallible` (it recovers its own rejections).
recovered() {
use_crate recovered
echo "== recovered: type sizes (full types with closure spans)"
RUSTC_BOOTSTRAP=1 build sizes --release -- -Z print-type-sizes > "$tmp/sizes.txt"
scrub "$tmp/sizes.txt"
gzip -9 -n -c "$tmp/sizes.txt" > "$out/recovered-type-sizes.txt.gz"
summary
}

# keep_small FILE DEST: move FILE to DEST when it is under 2 MB, else say it was left out.
keep_small() {
    local size; size="$(stat -c %s "$1")"
    if [ "$size" -lt 2000000 ]; then
        mkdir -p "$(dirname "$2")"; mv "$1" "$2"
    else
        echo "left out $(basename "$2"): $size bytes (over 2 MB)" >&2
    fi
}

[ "$#" -gt 0 ] || set -- chains blog
for what in "$@"; do
    case "$what" in
        chains | blog | recovered) "$what" ;;
        *) echo "usage: corpus/regenerate.sh [chains|blog|recovered]..." >&2; exit 2 ;;
    esac
done
