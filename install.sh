#!/usr/bin/env bash
# Installs typeheat: builds the jar and puts `typeheat` and `cargo-typeheat` (so `cargo typeheat` works)
# into PREFIX/bin, the jar into PREFIX/lib/typeheat. Usage: ./install.sh [PREFIX]   (default ~/.local)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${1:-$HOME/.local}"
(cd "$here" && mvn -q -B -DskipTests package)
mkdir -p "$prefix/bin" "$prefix/lib/typeheat/target"
cp "$here/target/typeheat.jar" "$prefix/lib/typeheat/target/typeheat.jar"
cp "$here/typeheat" "$here/cargo-typeheat" "$prefix/lib/typeheat/"
ln -sf "$prefix/lib/typeheat/typeheat" "$prefix/bin/typeheat"
ln -sf "$prefix/lib/typeheat/cargo-typeheat" "$prefix/bin/cargo-typeheat"
echo "installed: $prefix/bin/typeheat and $prefix/bin/cargo-typeheat (make sure $prefix/bin is on PATH)"
