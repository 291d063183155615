#!/usr/bin/env bash
# Parse + measure throughput of the type grammar (MB/s of type text) on real corpus types.
# Usage: bench/parse-throughput.sh [FILE...]   (default: the project's corpus types, and the
# shared corpus' self-profile arguments when ../shared/corpus is there)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/typeheat.jar ] || mvn -q -B -DskipTests package
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(corpus/types/obligations/tower-app-query-args.tsv corpus/types/long-types/*.txt)
  shared=../shared/corpus/warp-app/self-profile-args/chrome_profiler-min100ms.json.gz
  if [ -f "$shared" ] && command -v python3 >/dev/null; then
    # the distinct query arguments of the warp server's profile: 337 strings, 134 MB
    tmp=$(mktemp --suffix=.txt)
    trap 'rm -f "$tmp"' EXIT
    python3 - "$shared" "$tmp" <<'PY'
import gzip, json, sys
events = json.load(gzip.open(sys.argv[1]))
args = sorted({(e.get('args') or {}).get('arg0', '') for e in events} - {''}, key=len)
open(sys.argv[2], 'w').write('\n'.join(a.replace('\n', ' ') for a in args) + '\n')
PY
    files+=("$tmp")
  fi
fi
exec java -Xmx4g -cp target/typeheat.jar bench/ParseThroughput.java --rounds 3 "${files[@]}"
