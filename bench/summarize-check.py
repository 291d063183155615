#!/usr/bin/env python3
"""Checks typeheat's `profile --format json --top 1000000` against measureme summarize's JSON: per-label
self time, time and count, and the total cpu time, to the nanosecond. Exit 1 on any difference."""
import json
import sys

mine = json.load(open(sys.argv[1]))
oracle = json.load(open(sys.argv[2]))
ns = lambda d: d["secs"] * 10**9 + d["nanos"]
rows = {q["label"]: q for q in mine["queries"]}
bad = []
for q in oracle["query_data"]:
    r = rows.pop(q["label"], None)
    if r is None or (r["selfNanos"], r["totalNanos"], r["count"]) != (ns(q["self_time"]), ns(q["time"]), q["invocation_count"]):
        bad.append(q["label"])
if mine["totalCpuNanos"] != ns(oracle["total_time"]):
    bad.append("total cpu time")
print("summarize check: %d labels, %d differ%s, %d only in typeheat"
      % (len(oracle["query_data"]), len(bad), (" " + ", ".join(bad[:5])) if bad else "", len(rows)))
sys.exit(1 if bad or rows else 0)
