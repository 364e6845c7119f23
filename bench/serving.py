#!/usr/bin/env python3
"""Load scenarios against a running confcal, for bench/run.sh (loopback only; bounded in count and time).

usage:
  serving.py page BASE N              # N new filters of / : server time per page (ms): until the headers arrive
  serving.py filters BASE N THREADS   # N distinct filters over feeds, JSON and / : status counts
  serving.py stalled BASE PATH N SECONDS
      # N clients ask for PATH and never read; /healthz probed every 100 ms for SECONDS: slowest probe (ms)
Prints one line of JSON.
"""
import json
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

WORDS = ["cloud", "native", "topic", "deep", "dive", "sequel", "speaker", "company", "wasm", "istio", "kubernetes",
         "storage", "network", "security", "edge", "ai", "observability", "mesh", "runtime", "scheduler"]


def get(url, timeout=30, first_byte=False):
    """(status, ms): until the whole body is read, or with first_byte until the status line and headers."""
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            headers_at = time.perf_counter()
            response.read()
            status = response.status
            if first_byte:
                return status, (headers_at - start) * 1000
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    except Exception:  # connection refused or reset, timeout
        status = 0
    return status, (time.perf_counter() - start) * 1000


def filters(n, seed=0):
    """n distinct queries: keywords, days, alarms, languages and exclusions combined."""
    for i in range(seed, seed + n):
        query = [("q", WORDS[i % len(WORDS)]), ("q", f"{i % 997}"), ("alarm", str(i % 1441))]
        if i % 2:
            query.append(("starred", "true"))
        if i % 3 == 0:
            query.append(("exclude", WORDS[(i // 3) % len(WORDS)]))
        if i % 5 == 0:
            query.append(("lang", "en" if i % 10 else "zh"))
        yield urllib.parse.urlencode(query)


def page(base, n):
    get(f"{base}/", timeout=60)  # the first page renders every session once
    answers = [get(f"{base}/?{q}", first_byte=True) for q in filters(n, seed=50_000)]
    times = sorted(ms for _, ms in answers)
    print(json.dumps({"pages": n, "ok": sum(1 for st, _ in answers if st == 200), "median_ms": round(times[n // 2], 1), "p95_ms": round(times[int(n * 0.95)], 1),
                      "max_ms": round(times[-1], 1)}))


def many_filters(base, n, threads):
    queries = list(filters(n))
    routes = ["/calendar.ics", "/sessions.json", "/", "/starred.ics"]
    counts = {}
    lock = threading.Lock()
    index = [0]

    def work():
        while True:
            with lock:
                if index[0] >= len(queries):
                    return
                i = index[0]
                index[0] += 1
            status, _ = get(f"{base}{routes[i % len(routes)]}?{queries[i]}", timeout=120)
            with lock:
                counts[status] = counts.get(status, 0) + 1

    started = time.perf_counter()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(json.dumps({"requests": n, "seconds": round(time.perf_counter() - started, 1),
                      "status": {str(k): v for k, v in sorted(counts.items())},
                      "5xx": sum(v for k, v in counts.items() if k >= 500), "failed": counts.get(0, 0)}))


def stalled(base, path, n, seconds):
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    sockets = []
    for i in range(n):
        s = socket.create_connection((host, port))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        sockets.append(s)
    probes = []
    deadline = time.time() + seconds
    while time.time() < deadline:
        probes.append(get(f"{base}/healthz", timeout=10))
        time.sleep(0.1)
    for s in sockets:
        s.close()
    slowest = max(ms for _, ms in probes)
    print(json.dumps({"clients": n, "probes": len(probes), "answered_200": sum(1 for st, _ in probes if st == 200),
                      "within_1s": sum(1 for st, ms in probes if st == 200 and ms < 1000),
                      "slowest_ms": round(slowest, 1)}))


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "page":
        page(sys.argv[2], int(sys.argv[3]))
    elif kind == "filters":
        many_filters(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif kind == "stalled":
        stalled(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
    else:
        sys.exit(__doc__)
