#!/usr/bin/env bash
# confcal's benchmarks, run by hand on the machine being measured (never by CI's tests):
#   bench/run.sh            # ~3 minutes; prints a table and writes bench/results.md
#   DURATION=30s bench/run.sh
# Measures, in one run: throughput and p50/p99 latency with wrk for the main routes; the same bytes of the full
# feed served by nginx as a static file (the headline ratio confcal / nginx); parse + render time and peak RSS
# for 34, 1,000 and 10,000 sessions; and cold start (java -jar to the first 200 on /calendar.ics).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
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
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building…" >&2
mvn -q -B -DskipTests package
JAR=target/confcal.jar

wait_for() { # wait_for URL: until it answers 200, at most 30 s
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "$1" && return 0; sleep 0.01; done
  echo "no answer from $1" >&2; return 1
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
    /Socket errors/ { sock = $0 }
    END { printf "| %s | %.0f | %.2f | %.2f | %s |\n", name, rps, p50, p99, (bad == "" ? 0 : bad) }
  ' "$work/wrk.txt"
}

rps_of() { awk -F'|' -v name="$1" '$2 ~ name { gsub(/ /, "", $3); print $3 }' "$work/http.md" | head -1; }

# ---- 1. HTTP throughput and latency ---------------------------------------------------------------
java -jar "$JAR" serve --quiet --port "$PORT" > "$work/confcal.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$PORT/healthz"
base="http://127.0.0.1:$PORT"
etag=$(curl -sI "$base/calendar.ics" | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }')
echo "warming up…" >&2
for path in /calendar.ics "/calendar.ics?starred=true&q=wasm" /sessions/1PTJt.ics /; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$base$path" > /dev/null
done

mkdir -p "$work/www" "$work/logs"
curl -s "$base/calendar.ics" > "$work/www/calendar.ics"
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
wait_for "http://127.0.0.1:$NGINX_PORT/calendar.ics"
nginx_etag=$(curl -sI "http://127.0.0.1:$NGINX_PORT/calendar.ics" | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }')

echo "measuring HTTP…" >&2
{
  echo "| route | requests/s | p50 ms | p99 ms | non-2xx/3xx |"
  echo "|---|---:|---:|---:|---:|"
  wrk_row "confcal full feed (200)" "$base/calendar.ics"
  wrk_row "nginx same bytes (200)" "http://127.0.0.1:$NGINX_PORT/calendar.ics"
  wrk_row "confcal full feed revalidated (304)" "$base/calendar.ics" "If-None-Match: $etag"
  wrk_row "nginx revalidated (304)" "http://127.0.0.1:$NGINX_PORT/calendar.ics" "If-None-Match: $nginx_etag"
  wrk_row "confcal filtered ?starred=true&q=wasm" "$base/calendar.ics?starred=true&q=wasm"
  wrk_row "confcal one session" "$base/sessions/1PTJt.ics"
  wrk_row "confcal landing page /" "$base/"
} > "$work/http.md"
ratio_200=$(python3 -c "print(f'{$(rps_of 'confcal full feed \\(200')/$(rps_of 'nginx same bytes'):.2f}')")
ratio_304=$(python3 -c "print(f'{$(rps_of 'confcal full feed revalidated')/$(rps_of 'nginx revalidated'):.2f}')")
kill "$(cat "$work/nginx.pid")"; rm -f "$work/nginx.pid"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# ---- 2. Scale: parse + render, and peak RSS while serving ------------------------------------------
echo "measuring scale…" >&2
python3 bench/generate_notes.py 1000 "$work/notes-1000.md"
python3 bench/generate_notes.py 10000 "$work/notes-10000.md"
java -cp "$JAR" bench/ScaleBench.java seeds/kubecon-china-2023.md "$work/notes-1000.md" "$work/notes-10000.md" \
  > "$work/scale.md"
{
  echo "| sessions | heap limit | peak RSS | requests/s (full feed) | non-2xx/3xx |"
  echo "|---:|---:|---:|---:|---:|"
  for notes in seeds/kubecon-china-2023.md "$work/notes-1000.md" "$work/notes-10000.md"; do
    java -Xmx256m -jar "$JAR" serve --quiet --port "$PORT" "$notes" > "$work/confcal.log" 2>&1 &
    pid=$!
    wait_for "http://127.0.0.1:$PORT/healthz"
    sessions=$(curl -s "http://127.0.0.1:$PORT/healthz" | python3 -c "import json,sys; print(json.load(sys.stdin)['sessions'])")
    row=$(wrk_row x "http://127.0.0.1:$PORT/calendar.ics")
    rss=$(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status")
    echo "$row" | awk -F'|' -v s="$sessions" -v rss="$rss" '{ printf "| %s | 256 MB | %s | %s | %s |\n", s, rss, $3, $6 }'
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
} > "$work/rss.md"

# ---- 3. Cold start -------------------------------------------------------------------------------------
echo "measuring cold start…" >&2
starts=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java -jar "$JAR" serve --quiet --port "$PORT" > /dev/null 2>&1 &
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
  echo "$(java -version 2>&1 | head -1), confcal $(java -jar "$JAR" --version | head -1 | cut -d' ' -f2)."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per row, client and servers on the same machine."
  echo
  echo "## HTTP (bundled seed notes, 34 sessions, full feed $(wc -c < "$work/www/calendar.ics") bytes)"
  echo
  cat "$work/http.md"
  echo
  echo "**confcal / nginx: ${ratio_200} for the full feed (200), ${ratio_304} for revalidation (304).**"
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
