#!/usr/bin/env python3
"""Writes kccncosschn2023-all.ics: a SYNTHETIC export in the shape of sched.com's /all.ics for the bundled seed.

Not real data: rooms, tracks, end times, abstracts and the extra sessions are made up for tests. It holds the
seed's sessions (ids, titles and speakers as in seeds/kubecon-china-2023.md) except 1PTFF, with 1PTJt moved
from 11:00 to 11:15, plus extra sessions the notes do not pick. Run: python3 make-sched-fixture.py SESSIONS.json
(the JSON from GET /sessions.json of `confcal serve` on the seed)."""
import hashlib, json, sys
from datetime import datetime, timedelta, timezone

ROOMS = ["3M5A", "3M5B", "3M3", "3M1", "3F Ballroom | 3楼宴会厅", "Hall 1 | 1号厅"]
TRACKS = [("webassembly", "WebAssembly"), ("wasm", "WebAssembly"), ("istio", "Connectivity"), ("envoy", "Connectivity"),
          ("service mesh", "Connectivity"), ("cni", "Connectivity"), ("ebpf", "Connectivity"),
          ("prometheus", "Observability"), ("opentelemetry", "Observability"), ("observability", "Observability"),
          ("alerting", "Observability"), ("etcd", "Security + Identity + Policy"), ("kyverno", "Security + Identity + Policy"),
          ("security", "Security + Identity + Policy"), ("chaos", "Operations + Performance"), ("scal", "Operations + Performance")]
EXTRAS = [
    ("1PSzz", "2023-09-26T09:00", 20, "主题演讲：欢迎辞 | Keynote: Welcome Remarks - Priyanka Sharma, Cloud Native Computing Foundation", "Hall 1 | 1号厅", ["Keynote Sessions"]),
    ("1PSzy", "2023-09-26T09:25", 15, "主题演讲：云原生的下一个十年 | Keynote: The Next Decade of Cloud Native - Jane Doe, Example Corp", "Hall 1 | 1号厅", ["Keynote Sessions"]),
    ("1PTAa", "2023-09-27T11:00", 35, "Kubernetes 上的 GitOps 实践 | GitOps in Practice on Kubernetes - Li Wei, Example Cloud", "3M1", ["Application + Development"]),
    ("1PTAb", "2023-09-27T11:50", 35, "eBPF 与可观测性 | eBPF and Observability - Wang Fang, Example Net", "3M1", ["Observability"]),
    ("1PTAc", "2023-09-27T13:55", 35, "多租户集群的安全边界 | Security Boundaries in Multi-Tenant Clusters - Zhang Min, Example Sec", "3M1", ["Security + Identity + Policy"]),
    ("1PTAd", "2023-09-27T14:45", 35, "服务网格性能调优 | Tuning Service Mesh Performance - Chen Jie, Example Mesh", "3M1", ["Connectivity"]),
    ("1PTAe", "2023-09-27T16:40", 35, "Wasm 组件模型入门 | Getting Started with the Wasm Component Model - Liu Yang, Example Wasm", "3M1", ["WebAssembly"]),
    ("1PTAf", "2023-09-28T11:00", 35, "边缘计算与 KubeEdge | Edge Computing with KubeEdge - Zhao Lei, Example Edge", "3M1", ["Emerging + Advanced"]),
    ("1PTAg", "2023-09-28T13:55", 35, "大规模集群的调度优化 | Scheduling at Scale - Sun Hao, Example Sched", "3M1", ["Operations + Performance"]),
    ("1PTAh", "2023-09-28T15:35", 35, "闭幕主题演讲 | Closing Keynote - Alex Roe, Example Foundation", "Hall 1 | 1号厅", ["Keynote Sessions"]),
]
MISSING = {"1PTFF"}
MOVED = {"1PTJt": (timedelta(minutes=15), "3M5A")}
SHANGHAI = timezone(timedelta(hours=8))
STAMP = "20230925T120000Z"


def fold(line):
    data = line.encode("utf-8")
    out, start, room = [], 0, 75
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        out.append(data[start:cut])
        start, room = cut, 74
    out.append(data[start:])
    return b"\r\n ".join(out) + b"\r\n"


def text(value):
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def utc(local):
    return local.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def event(sid, url, start, minutes, summary, room, tracks, description):
    uid = hashlib.md5(("kccncosschn2023/" + sid).encode()).hexdigest()
    lines = ["BEGIN:VEVENT", "DTSTAMP:" + STAMP, "DTSTART:" + utc(start), "DTEND:" + utc(start + timedelta(minutes=minutes)),
             "SUMMARY:" + text(summary), "DESCRIPTION:" + text(description),
             "CATEGORIES:" + ",".join(text(t) for t in tracks), "LOCATION:" + text(room), "SEQUENCE:0",
             "UID:" + uid, "URL:" + url, "END:VEVENT"]
    return b"".join(fold(line) for line in lines)


def main():
    sessions = json.load(open(sys.argv[1], encoding="utf-8"))["sessions"]
    name = "KubeCon + CloudNativeCon + Open Source Summit China 2023"
    out = b"".join(fold(l) for l in ["BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:" + name, "X-WR-CALDESC:Event Calendar",
                                     "METHOD:PUBLISH", "CALSCALE:GREGORIAN", "PRODID:-//Sched.com " + name + "//EN",
                                     "X-WR-TIMEZONE:UTC",
                                     "X-CONFCAL-FIXTURE:SYNTHETIC test data in the shape of sched.com's all.ics; not a real schedule"])
    for i, s in enumerate(sessions):
        if s["id"] in MISSING:
            continue
        start = datetime.fromisoformat(s["start"])
        minutes = 75 if s["tutorial"] else (30 if i % 5 == 4 else 35)
        room = ROOMS[i % 4] if not s["tutorial"] else "3F Ballroom | 3楼宴会厅"
        if s["id"] in MOVED:
            shift, room = MOVED[s["id"]]
            start += shift
        speakers = " & ".join(sp["name"] + (", " + sp["company"] if sp.get("company") else "") for sp in s["speakers"])
        summary = " | ".join(s["titles"]) + (" - " + speakers if speakers else "")
        lower = summary.lower()
        tracks = sorted({t for k, t in TRACKS if k in lower}) or ["Cloud Native Experience"]
        if s["tutorial"]:
            tracks = ["Tutorials"] + tracks
        out += event(s["id"], s["url"], start, minutes, summary, room, tracks,
                     "Synthetic abstract of " + s["titles"][-1] + ".")
    for sid, start, minutes, summary, room, tracks in EXTRAS:
        url = "https://kccncosschn2023.sched.com/event/" + sid + "/synthetic"
        out += event(sid, url, datetime.fromisoformat(start).replace(tzinfo=SHANGHAI), minutes, summary, room, tracks,
                     "Synthetic abstract.")
    out += fold("END:VCALENDAR")
    open("kccncosschn2023-all.ics", "wb").write(out)


main()
