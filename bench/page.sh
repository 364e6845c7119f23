#!/usr/bin/env bash
# The landing page at 1,000 sessions, this build against an earlier one, in Debian's headless Chromium:
#   bench/page.sh                      # ~3 minutes; prints a table and writes bench/page-results.md
#   BEFORE_REF=c344b56 bench/page.sh   # the build to compare with (default: before the page's rework, issue 13)
# Both servers serve the same generated notes (bench/generate_notes.py 1000) on loopback; the measuring is
# PageAtScaleLoadTest's (page bytes, DOM nodes, bytes fetched when a keyword is typed, first contentful paint with
# the CPU throttled 4× through CDP and the load event, medians of five loads at 375×812).
set -euo pipefail
cd "$(dirname "$0")/.."

BEFORE_REF=${BEFORE_REF:-c344b56}
BEFORE_PORT=${BEFORE_PORT:-18090}
AFTER_PORT=${AFTER_PORT:-18091}
RESULTS=bench/page-results.md

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "building this build and $BEFORE_REF…" >&2
mvn -q -B -ntp -DskipTests package
mkdir -p "$work/before"
git archive "$BEFORE_REF" | tar -x -C "$work/before"
(cd "$work/before" && mvn -q -B -ntp -DskipTests package)
python3 bench/generate_notes.py 1000 "$work/notes.md"

serve() { # serve JAR PORT: in the background until it answers
  java -jar "$1" serve --quiet --port "$2" --state "$work/$2.state.json" "$work/notes.md" > "$work/$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 6000); do curl -sf -o /dev/null "http://localhost:$2/healthz" && return 0; sleep 0.01; done
  echo "no answer on port $2" >&2; return 1
}
serve "$work/before/target/confcal.jar" "$BEFORE_PORT"
serve target/confcal.jar "$AFTER_PORT"

mvn -q -B -ntp -P load test -Dtest=PageAtScaleLoadTest \
  -Dbench.pages="before ($BEFORE_REF)=http://localhost:$BEFORE_PORT/,after=http://localhost:$AFTER_PORT/"
{
  echo "# The landing page at 1,000 sessions"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(chromium --version 2>/dev/null | head -1);"
  echo "notes: bench/generate_notes.py 1000. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  cat target/bench/page-at-scale.md
} > "$RESULTS"
cat "$RESULTS"
