#!/usr/bin/env bash
# confcal's benchmarks, run by hand on the machine being measured (never by CI's tests):
#   bench/run.sh                      # ~10 minutes; prints a table and writes bench/results.md
#   BEFORE_REF=f32c0ca bench/run.sh   # the build to compare with (default: the start of this round)
#   DURATION=30s bench/run.sh
# Measures, in one run, this build ("after") against an earlier one ("before", built from git) and nginx:
#   1. the cached full feed and its 304 against nginx serving the same bytes (wrk: throughput, p50/p99);
#   2. with 1,000 sessions, the server time of / for 100 new filters;
#   3. 2,000 distinct filters (feeds, JSON, /) with -Xmx256m and 8 clients at once: how many 5xx;
#   4. 400 clients that ask for a 10 MB feed and never read, while /healthz is probed every 100 ms;
#   5. parse + render time and peak RSS for 34, 1,000 and 10,000 sessions, and cold start (this build only).
# Everything runs on loopback, bounded in count and time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
BEFORE_REF=${BEFORE_REF:-f32c0ca}
RESULTS=bench/results.md

for tool in wrk nginx curl python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      wrk nginx-light curl python3 >/dev/null
    break
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
chmod 755 "$work"  # nginx workers run as another user
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building this build and $BEFORE_REF…" >&2
mvn -q -B -DskipTests package
AFTER=target/confcal.jar
mkdir -p "$work/before"
git archive "$BEFORE_REF" | tar -x -C "$work/before"
(cd "$work/before" && mvn -q -B -DskipTests package)
BEFORE=$work/before/target/confcal.jar

wait_for() { # wait_for URL: until it answers 200, at most 60 s
  for _ in $(seq 1 6000); do curl -sf -o /dev/null "$1" && return 0; sleep 0.01; done
  echo "no answer from $1" >&2; return 1
}

start() { # start JAR [JAVA_OPTIONS…] -- [NOTES]: serve in the background, wait until it answers
  local jar=$1; shift
  local options=()
  while [ "$1" != "--" ]; do options+=("$1"); shift; done
  shift
  java "${options[@]}" -jar "$jar" serve --quiet --port "$PORT" "$@" > "$work/confcal.log" 2>&1 &
  server=$!
  wait_for "http://127.0.0.1:$PORT/healthz"
}

stop() { # SIGTERM; a server wedged by OutOfMemoryError gets SIGKILL after 20 s
  kill "$server" 2>/dev/null || true
  for _ in $(seq 1 200); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}

# wrk_row NAME URL [HEADER]: one table row "| NAME | req/s | p50 | p99 | errors |"
wrk_row() {
  local name=$1 url=$2 header=${3:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" "$url" > "$work/wrk.txt"
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $5 }
    END { printf "| %s | %.0f | %.2f | %.2f | %s |\n", name, rps, p50, p99, (bad == "" ? 0 : bad) }
  ' "$work/wrk.txt"
}

etag_of() { curl -sI "$1" | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }'; }
warm() { for path in "$@"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://127.0.0.1:$PORT$path" > /dev/null; done; }
rps_of() { awk -F'|' -v name="$1" 'index($2, name) { gsub(/ /, "", $3); print $3 }' "$work/http.md" | head -1; }

# ---- 1. The cached full feed and its 304, against nginx -------------------------------------------------
mkdir -p "$work/www" "$work/logs"
start "$AFTER" --
curl -s "http://127.0.0.1:$PORT/calendar.ics" > "$work/www/calendar.ics"
stop
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/calendar ics; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location / { add_header Cache-Control "public, max-age=300"; }
  }
}
CONF
"$NGINX" -c "$work/nginx.conf" -p "$work"
nginx_url="http://127.0.0.1:$NGINX_PORT/calendar.ics"
wait_for "$nginx_url"
nginx_etag=$(etag_of "$nginx_url")
echo "measuring HTTP…" >&2
{
  echo "| route | requests/s | p50 ms | p99 ms | non-2xx/3xx |"
  echo "|---|---:|---:|---:|---:|"
  for build in after before; do
    jar=$AFTER; [ "$build" = before ] && jar=$BEFORE
    start "$jar" --
    base="http://127.0.0.1:$PORT"
    etag=$(etag_of "$base/calendar.ics")
    warm /calendar.ics "/calendar.ics?starred=true&q=wasm" /sessions/1PTJt.ics /
    wrk_row "nginx same bytes (200), next to $build" "$nginx_url"
    wrk_row "$build: full feed (200)" "$base/calendar.ics"
    wrk_row "nginx revalidated (304), next to $build" "$nginx_url" "If-None-Match: $nginx_etag"
    wrk_row "$build: full feed revalidated (304)" "$base/calendar.ics" "If-None-Match: $etag"
    wrk_row "$build: filtered ?starred=true&q=wasm" "$base/calendar.ics?starred=true&q=wasm"
    wrk_row "$build: one session" "$base/sessions/1PTJt.ics"
    wrk_row "$build: landing page /" "$base/"
    stop
  done
} > "$work/http.md"
ratio() { python3 -c "print(f'{$(rps_of "$1") / $(rps_of "$2"):.2f}')"; }
after_200=$(ratio "after: full feed (200)" "nginx same bytes (200), next to after")
after_304=$(ratio "after: full feed revalidated" "nginx revalidated (304), next to after")
before_200=$(ratio "before: full feed (200)" "nginx same bytes (200), next to before")
before_304=$(ratio "before: full feed revalidated" "nginx revalidated (304), next to before")
kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"

# ---- 2.–4. Pages, many filters, clients that never read -----------------------------------------------------
python3 bench/generate_notes.py 1000 "$work/notes-1000.md"
python3 bench/generate_notes.py 10000 "$work/notes-10000.md"
echo "measuring pages, filters and stalled clients…" >&2
{
  echo "| build | / for 100 new filters, 1,000 sessions (server time) | 2,000 distinct filters, -Xmx256m, 8 clients | 400 clients never reading the 10 MB feed: /healthz probes |"
  echo "|---|---|---|---|"
  for build in after before; do
    jar=$AFTER; [ "$build" = before ] && jar=$BEFORE
    start "$jar" -Xmx256m -- "$work/notes-1000.md"
    page=$(python3 bench/serving.py page "http://127.0.0.1:$PORT" 100)
    stop
    start "$jar" -Xmx256m -- "$work/notes-1000.md"
    filters=$(timeout 600 python3 bench/serving.py filters "http://127.0.0.1:$PORT" 2000 8 || echo '{"timeout": true}')
    oom=$(grep -c OutOfMemoryError "$work/confcal.log" || true)
    health=$(curl -s -m 5 "http://127.0.0.1:$PORT/healthz" | head -c 80 || true)
    stop
    start "$jar" -Xmx256m -- "$work/notes-10000.md"
    curl -s -o /dev/null "http://127.0.0.1:$PORT/calendar.ics" # rendered once, as a poll would have
    stalled=$(python3 bench/serving.py stalled "http://127.0.0.1:$PORT" /calendar.ics 400 10)
    stop
    echo "| $build | \`$page\` | \`$filters\`, OutOfMemoryError in the log: $oom, then /healthz: \`${health:-no answer}\` | \`$stalled\` |"
  done
} > "$work/load.md"

# ---- 5. Scale: parse + render, peak RSS, cold start (this build) ----------------------------------------------
echo "measuring scale…" >&2
cp seeds/kubecon-china-2023.md "$work/seed.md" # served by name, it gets a ledger beside it: not in seeds/
java -cp "$AFTER" bench/ScaleBench.java "$work/seed.md" "$work/notes-1000.md" "$work/notes-10000.md" \
  > "$work/scale.md"
{
  echo "| sessions | heap limit | peak RSS | requests/s (full feed) | non-2xx/3xx |"
  echo "|---:|---:|---:|---:|---:|"
  for notes in "$work/seed.md" "$work/notes-1000.md" "$work/notes-10000.md"; do
    start "$AFTER" -Xmx256m -- "$notes"
    sessions=$(curl -s "http://127.0.0.1:$PORT/healthz" | python3 -c "import json,sys; print(json.load(sys.stdin)['sessions'])")
    row=$(wrk_row x "http://127.0.0.1:$PORT/calendar.ics")
    rss=$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status")
    echo "$row" | awk -F'|' -v s="$sessions" -v rss="$rss" '{ printf "| %s | 256 MB | %s | %s | %s |\n", s, rss, $3, $6 }'
    stop
  done
} > "$work/rss.md"
starts=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java -jar "$AFTER" serve --quiet --port "$PORT" > /dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/calendar.ics"; do sleep 0.005; done
  t1=$(date +%s%N)
  starts+=($(( (t1 - t0) / 1000000 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
cold=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)

# ---- Report ---------------------------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "# confcal benchmarks"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ { print $2 }') GiB,"
  echo "$(java -version 2>&1 | head -1); after = this build ($(java -jar "$AFTER" --version | head -1)), before ="
  echo "\`$BEFORE_REF\`. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per row, client and servers on the same machine."
  echo
  echo "## HTTP (bundled seed notes, 34 sessions, full feed $(wc -c < "$work/www/calendar.ics") bytes)"
  echo
  cat "$work/http.md"
  echo
  echo "**confcal / nginx, measured side by side: after ${after_200} for the full feed (200), ${after_304} for"
  echo "revalidation (304); before ${before_200} and ${before_304}.**"
  echo
  echo "## Pages, many filters, clients that never read"
  echo
  cat "$work/load.md"
  echo
  echo "## Scale: parse + render of the full feed (in-process, warm, median of 10 runs)"
  echo
  cat "$work/scale.md"
  echo
  echo "## Scale: serving with a 256 MB heap"
  echo
  cat "$work/rss.md"
  echo
  echo "## Cold start"
  echo
  echo "\`java -jar target/confcal.jar serve\` to the first 200 on /calendar.ics: median ${cold} ms of 5 (${starts[*]} ms)."
} > "$RESULTS"
cat "$RESULTS"
