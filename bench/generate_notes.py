#!/usr/bin/env python3
"""Writes synthetic conference notes with N sessions, in the seed's format, for the scale benchmark.

usage: generate_notes.py N OUT.md
Sessions are spread over days and time slots (8 per slot, 7 slots a day), with bilingual titles, speakers,
a third of them starred, and notes of a few paragraphs, a list and a link, like the seed's.
"""
import sys

SLOTS = ["9:00am", "10:30am", "11:50am", "1:55pm", "2:45pm", "3:50pm", "4:40pm"]
PER_SLOT = 8
MONTHS = [(9, 30), (10, 31), (11, 30), (12, 31)]


def day_heading(index):
    month, day = 9, 1 + index
    for m, length in MONTHS:
        if day <= length:
            month = m
            break
        day -= length
    else:
        month, day = 12, 31
    return f"## 2023-{month:02d}-{day:02d}"


def session(n):
    star = n % 3 == 0
    link = (f"[云原生主题 {n} 的深入探讨 | Deep Dive into Cloud Native Topic {n} - The Sequel - "
            f"Speaker {n}, Company {n % 50} & Co Speaker {n}, Company {(n + 7) % 50}]"
            f"(https://bench2023.sched.com/event/B{n:06d}/deep-dive-topic-{n}?iframe=no&w=100%&sidebar=yes)")
    notes = (f"这个演讲介绍了第 {n} 个项目的架构、调度和可观测性，以及 Kubernetes 上的实践经验。\n\n"
             f"Talk {n} covers wasm, istio and eBPF; see [the slides](https://example.com/slides/{n}).\n\n"
             "1. 架构：控制面与数据面\n2. 调度：拓扑感知\n3. 可观察性：日志、指标、追踪\n")
    return (f"**{link}**" if star else link) + "\n\n" + notes


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    total = int(sys.argv[1])
    lines = ["---", f"title: Benchmark Conference ({total} sessions)", "timezone: Asia/Shanghai",
             "tracks:", "  wasm: [wasm, webassembly]", "  mesh: [istio, service mesh]", "---", ""]
    n = 0
    day = 0
    while n < total:
        lines.append(day_heading(day) + "\n")
        for slot in SLOTS:
            if n >= total:
                break
            lines.append(f"### {slot}\n")
            for _ in range(PER_SLOT):
                if n >= total:
                    break
                lines.append(session(n))
                n += 1
        day += 1
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


if __name__ == "__main__":
    main()
