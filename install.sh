#!/usr/bin/env bash
# Installs typeheat: builds the jar (only when it is missing or older than the sources, the launcher's rule)
# and puts `typeheat` and `cargo-typeheat` (so `cargo typeheat` works) into PREFIX/bin, the jar into
# PREFIX/lib/typeheat. Usage: ./install.sh [PREFIX]   (default ~/.local)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${1:-$HOME/.local}"
jar="$here/target/typeheat.jar"

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here/src/main" "$here/grammar" "$here/pom.xml" -type f -newer "$jar" -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "typeheat: building $jar (mvn package)..." >&2
  # Maven writes colour codes (ESC[0m) even with -B -q: its output is shown only when the build fails, and
  # then without escape codes unless stderr is a terminal
  log="$(mktemp)"
  if ! (cd "$here" && mvn -q -B -DskipTests package) > "$log" 2>&1; then
    if [ -t 2 ]; then
      cat "$log" >&2
    else
      sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" >&2
    fi
    rm -f "$log"
    echo "typeheat: build failed; nothing installed" >&2
    exit 1
  fi
  rm -f "$log"
else
  echo "typeheat: $jar is up to date with the sources"
fi
mkdir -p "$prefix/bin" "$prefix/lib/typeheat/target"
cp "$jar" "$prefix/lib/typeheat/target/typeheat.jar"
cp "$here/typeheat" "$here/cargo-typeheat" "$prefix/lib/typeheat/"
ln -sf "$prefix/lib/typeheat/typeheat" "$prefix/bin/typeheat"
ln -sf "$prefix/lib/typeheat/cargo-typeheat" "$prefix/bin/cargo-typeheat"
echo "installed: $prefix/bin/typeheat and $prefix/bin/cargo-typeheat (make sure $prefix/bin is on PATH)"
