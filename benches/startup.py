#!/usr/bin/env python3
"""Part 6 of issue 5: jar size, and the time from JVM start to the first
AwsErrors.codeOf answer against the same JVM doing nothing.

Both programs (bindings/java/bench/startup) are compiled against the binding's jar
alone and run with the same class path, `java -Xshare:auto -cp jar:dir`, with no
library-path override: the first codeOf copies the native library out of the jar
to a temporary file, loads it and removes it, all inside the timed run. Runs are
interleaved (Nothing, FirstCodeOf, TempFileOnly, Nothing, ...) after WARM unmeasured pairs, and the
median wall time of each is reported. Writes OUT/startup.json.

usage: startup.py JAR OUT [RUNS]
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "bindings", "java", "bench", "startup")
WARM = 3


CPU = []  # CPU time (user + system, all threads) of each run, ms, in run order


def run(cmd):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append((r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1000.0)
    if out.strip() != "403":
        sys.exit(f"unexpected output from {cmd}: {out!r}")
    return elapsed * 1000.0


def main():
    jar, out = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    os.makedirs(out, exist_ok=True)
    classes = tempfile.mkdtemp(prefix="aws-error-startup-")
    subprocess.run(["javac", "--release", "8", "-nowarn", "-cp", jar, "-d", classes,
                    os.path.join(SRC, "FirstCodeOf.java"), os.path.join(SRC, "Nothing.java"),
                    os.path.join(SRC, "TempFileOnly.java")],
                   check=True, capture_output=True)
    cp = jar + os.pathsep + classes
    base = ["java", "-cp", cp]
    for _ in range(WARM):
        run(base + ["Nothing"])
        run(base + ["FirstCodeOf"])
    nothing, first, nothing_cpu, first_cpu, tmp, tmp_cpu = [], [], [], [], [], []
    for _ in range(runs):
        nothing.append(run(base + ["Nothing"]))
        nothing_cpu.append(CPU[-1])
        first.append(run(base + ["FirstCodeOf"]))
        first_cpu.append(CPU[-1])
        tmp.append(run(base + ["TempFileOnly"]))
        tmp_cpu.append(CPU[-1])
    subprocess.run(["rm", "-rf", classes], check=True)

    with zipfile.ZipFile(jar) as z:
        natives = [(i.filename, i.file_size, i.compress_size) for i in z.infolist()
                   if i.filename.startswith("native/") and not i.is_dir()]
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    result = {
        "runs": runs,
        "warmup_pairs": WARM,
        "java": java,
        "nothing_ms": nothing,
        "first_codeof_ms": first,
        "nothing_median_ms": statistics.median(nothing),
        "first_codeof_median_ms": statistics.median(first),
        "extra_median_ms": statistics.median(first) - statistics.median(nothing),
        "nothing_cpu_ms": nothing_cpu,
        "first_codeof_cpu_ms": first_cpu,
        "extra_cpu_median_ms": statistics.median(first_cpu) - statistics.median(nothing_cpu),
        "tempfile_only_ms": tmp,
        "tempfile_only_cpu_ms": tmp_cpu,
        "jar": os.path.basename(jar),
        "jar_bytes": os.path.getsize(jar),
        "jar_natives": natives,
    }
    with open(os.path.join(out, "startup.json"), "w") as f:
        json.dump(result, f, indent=1)
    print(f"startup: nothing {result['nothing_median_ms']:.1f} ms, first codeOf "
          f"{result['first_codeof_median_ms']:.1f} ms, extra {result['extra_median_ms']:.1f} ms "
          f"(CPU time extra {result['extra_cpu_median_ms']:.1f} ms) "
          f"(medians of {runs}); jar {result['jar_bytes']} bytes")


if __name__ == "__main__":
    main()
