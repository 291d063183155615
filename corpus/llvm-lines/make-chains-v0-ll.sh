#!/usr/bin/env bash
# Regenerates chains-v0.ll.gz: the unoptimized LLVM IR of chains.rs with v0 symbol mangling, whose
# symbols carry every instantiation's type arguments. Needs only rustc (stable works with RUSTC_BOOTSTRAP).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
RUSTC_BOOTSTRAP=1 rustc --edition 2021 -C symbol-mangling-version=v0 --emit=llvm-ir -o "$tmp/chains-v0.ll" chains.rs
gzip -9 -n -c "$tmp/chains-v0.ll" > chains-v0.ll.gz
echo "chains-v0.ll.gz: $(grep -c '^define' "$tmp/chains-v0.ll") functions ($(rustc --version))"
