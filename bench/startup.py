#!/usr/bin/env python3
"""confcal's start-up, phase by phase, beside a bare JVM's, measured side by side in one run.

    python3 bench/startup.py                         # target/confcal.jar, 5 rounds; writes bench/startup-results.md
    python3 bench/startup.py --runs 9 --out -        # print only
    python3 bench/startup.py --variant 'cds=java -XX:SharedArchiveFile=target/confcal.jsa'
    python3 bench/startup.py --variant 'before=/tmp/old.jar::java' --variant 'after=java'
    python3 bench/startup.py --variant 'java=java' --variant 'launcher=bin/confcal'   # bin/confcal: per-command flags

Each round runs, one after another: `java -version`, then `check`, `export` and `serve` (to its first 200 on
/calendar.ics) of the bundled seed notes, once per variant (a JVM and its options). The medians of the rounds are
reported, each as milliseconds and as a multiple of the bare JVM's start measured in the same run: on a shared
2-core machine only the ratios compare across runs.

Phases come from the process itself (-Dconfcal.phases=FILE, see StartupPhases): jvm is exec to main(); classes is
main() to the command's first line (picocli, the command's classes); then ledger, notes (read and parsed), render
(check: the listing printed; export: the files written) and, for serve, listening (Jetty started) and first 200
(the first answer, as this client sees it). CPU is the process's user and system time to the end (serve: to its first
200), steadier than the wall clock on a busy machine. The load profile's StartupBudgetTest guards the same phases.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = ["jvm", "classes", "ledger", "notes", "render", "listening", "first 200"]
PHASES = {
    "check": ["jvm", "classes", "ledger", "notes", "render"],
    "export": ["jvm", "classes", "ledger", "notes", "render"],
    "serve": ["jvm", "classes", "ledger", "notes", "listening", "first 200"],
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def phases_of(start_us, path, end_us=None):
    """{phase: ms} from the marks the process wrote (a name repeated adds to its phase)."""
    marks = []
    with open(path) as f:
        for line in f:
            name, micros = line.split()
            marks.append((name, int(micros)))
    out = {}
    previous = start_us
    for name, micros in marks:
        phase = {"main": "jvm", "command": "classes"}.get(name, name)
        out[phase] = out.get(phase, 0) + (micros - previous) / 1000
        previous = micros
    if end_us is not None:
        out["first 200"] = (end_us - previous) / 1000
        previous = end_us
    out["total"] = (previous - start_us) / 1000
    return out


def run_once(java, command, jar, seed, work):
    phases = os.path.join(work, "phases.txt")
    if os.path.exists(phases):
        os.remove(phases)
    env = None
    if os.path.basename(java[0]) == "java":
        args = java + ["-Dconfcal.phases=" + phases, "-jar", jar]
    else:  # a launcher such as bin/confcal
        args = java
        env = dict(os.environ, CONFCAL_JAR=jar, JAVA_OPTS="-Dconfcal.phases=" + phases)
    devnull = subprocess.DEVNULL
    if command in ("check", "export"):
        out = os.path.join(work, "out")
        shutil.rmtree(out, ignore_errors=True)
        argv = args + (["check", seed] if command == "check" else ["export", "--out", out, seed])
        start = time.time_ns() // 1000
        process = subprocess.Popen(argv, stdout=devnull, stderr=devnull, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if command == "export" and process.returncode != 0:
            raise RuntimeError("export failed: %d" % process.returncode)
        result = phases_of(start, phases)
        result["cpu"] = (usage.ru_utime + usage.ru_stime) * 1000
        return result
    port = free_port()
    url = "http://127.0.0.1:%d/calendar.ics" % port
    start = time.time_ns() // 1000
    server = subprocess.Popen(args + ["serve", "--quiet", "--port", str(port), seed], stdout=devnull, stderr=devnull,
                              env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    if response.status == 200:
                        response.read()
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("serve did not answer")
                time.sleep(0.003)
        end = time.time_ns() // 1000
        with open("/proc/%d/stat" % server.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    finally:
        server.terminate()
        server.wait(30)
    result = phases_of(start, phases, end)
    result["cpu"] = cpu
    return result


def bare_java(java):
    """The variant's java binary: its own, or the launcher's."""
    return java[0] if os.path.basename(java[0]) == "java" else os.environ.get("JAVA", "java")


def bare(java):
    """`java -version` of the variant's JVM, without the variant's options."""
    java = [bare_java(java)]
    start = time.perf_counter_ns()
    subprocess.run(java + ["-version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter_ns() - start) / 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "confcal.jar"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--commands", default="check,export,serve")
    parser.add_argument("--variant", action="append", default=[],
                        help="NAME=[JAR::]JAVA [OPTIONS…] or NAME=[JAR::]LAUNCHER (a script such as bin/confcal, given the jar"
                             " as CONFCAL_JAR and options as JAVA_OPTS); JAR default --jar; default: 'jar=java'")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "startup-results.md"))
    parser.add_argument("--tsv", help="also write the medians as variant, command, phase, ms, ratio")
    options = parser.parse_args()
    variants = []
    jars = {}
    for v in options.variant or ["jar=java"]:
        name, spec = v.split("=", 1)
        jars[name], _, java = spec.rpartition("::")
        jars[name] = jars[name] or options.jar
        variants.append((name, java.split()))
    commands = options.commands.split(",")
    work = tempfile.mkdtemp(prefix="confcal-startup-")
    seed = os.path.join(work, "seed.md")  # its ledger goes beside it, not into seeds/
    shutil.copy(os.path.join(ROOT, "seeds", "kubecon-china-2023.md"), seed)
    bares = {name: [] for name, _ in variants}
    samples = {(name, command): [] for name, _ in variants for command in commands}
    try:
        for round_ in range(options.runs):
            for name, java in variants:
                bares[name].append(bare(java))
                for command in commands:
                    samples[(name, command)].append(run_once(java, command, jars[name], seed, work))
            print("round %d of %d done" % (round_ + 1, options.runs), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = []
    tsv = []
    load = os.getloadavg()
    lines.append("Measured %s on %d cores, load average %.1f %.1f %.1f at the end; median of %d rounds, each"
                 % (time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), os.cpu_count(), *load, options.runs))
    lines.append("round running every row once, one after another. ms, and × the bare JVM (`java -version` of the"
                 " same java, all its runs in this run).")
    lines.append("")
    # one bare JVM per java binary, pooled over every variant's rounds: each variant's own five vary too much on a
    # busy machine for a ratio to rest on them
    pooled = {}
    for name, java in variants:
        pooled.setdefault(bare_java(java), []).extend(bares[name])
    for name, java in variants:
        base = statistics.median(pooled[bare_java(java)])
        how = " ".join(java) + (" -jar " + os.path.basename(jars[name]) if os.path.basename(java[0]) == "java"
                                else " (CONFCAL_JAR=" + os.path.basename(jars[name]) + ")")
        lines.append("**%s** (`%s`): bare JVM %.0f ms" % (name, how, base))
        lines.append("")
        lines.append("| command | total | × bare JVM | CPU | " + " | ".join(COLUMNS) + " |")
        lines.append("|---|---:|---:|---:|" + "---:|" * len(COLUMNS))
        for command in commands:
            runs = samples[(name, command)]
            total = statistics.median(r["total"] for r in runs)
            cpu = statistics.median(r["cpu"] for r in runs)
            cells = []
            for phase in COLUMNS:
                if phase in PHASES[command]:
                    ms = statistics.median(r.get(phase, 0) for r in runs)
                    cells.append("%.0f" % ms)
                    tsv.append((name, command, phase, ms, ms / base))
                else:
                    cells.append("")
            tsv.append((name, command, "total", total, total / base))
            tsv.append((name, command, "cpu", cpu, cpu / base))
            lines.append("| %s | %.0f | **%.1f×** | %.0f | %s |" % (command, total, total / base, cpu, " | ".join(cells)))
        tsv.append((name, "bare", "total", base, 1.0))
        lines.append("")
    report = "\n".join(lines)
    print(report)
    if options.out != "-":
        with open(options.out, "w") as f:
            f.write("# confcal start-up (bench/startup.py)\n\n" + report)
    if options.tsv:
        with open(options.tsv, "w") as f:
            for row in tsv:
                f.write("%s\t%s\t%s\t%.1f\t%.2f\n" % row)


if __name__ == "__main__":
    main()
