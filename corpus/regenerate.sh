#!/usr/bin/env bash
# Regenerate real compiler output from the std-only crate corpus/crates/chains into
# corpus/generated/chains/. Offline, idempotent; builds under corpus/crates/chains/target/regen
# (gitignored) and writes nothing outside the repository except one temp dir under $TMPDIR.
# Usage: corpus/regenerate.sh            (needs cargo/rustc 1.95-ish, nm, gzip; rustfilt optional)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
crate="$here/crates/chains"
repo="$(cd "$here/.." && pwd)"
out="$here/generated/chains"
tgt="$crate/target/regen"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$crate"   # rustc sees relative source paths (src/...), so no machine path ends up in spans
export CARGO_TERM_COLOR=never
unset RUSTC_BOOTSTRAP RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_RUSTFLAGS || true

# Start clean but keep the hand-written provenance README.
if [ -d "$out" ]; then find "$out" -mindepth 1 ! -name README.md -delete; fi
rm -rf "$tgt"
mkdir -p "$out"/{self-profile,mono-stats,long-types,boxed/self-profile} "$tgt"

# Strip this machine's absolute paths from text output (crate dir -> ".", target dir -> "target/regen").
scrub() {
    sed -i -e "s#$tgt#target/regen#g" -e "s#$crate#.#g" -e "s#$HOME#~#g" "$@"
}

# cargo rustc into its own target dir; the crate is always rebuilt because each dir starts empty.
build() { # build NAME [cargo args...] -- [rustc args...]
    local name="$1"; shift
    cargo rustc --offline --quiet --bin chains --target-dir "$tgt/$name" "$@"
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

echo "== summary ($(rustc --version))"
(cd "$out" && find . -type f ! -name README.md | sort | while read -r f; do printf '%10d  %s\n' "$(stat -c %s "$f")" "${f#./}"; done)
printf '%10s  total\n' "$(du -sb "$out" | cut -f1)"
