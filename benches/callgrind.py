#!/usr/bin/env python3
"""Instructions per call of the core lookups, counted by callgrind (deterministic,
so meaningful on a loaded machine where times are not). Runs the lookup_profile
bench binary for each OP with N1 and N2 iterations; instructions per call =
(Ir(N2) - Ir(N1)) / (N2 - N1), which cancels start-up and registration. The loop's own
overhead (an indirect call, return, add: about 5-8 instructions) is included.
Writes OUT/callgrind.json.

usage: callgrind.py OUT   (builds the bench binary with cargo first)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

OPS = ["category", "info", "name", "describe", "simple", "internal", "binary60", "binary60_1025",
       "jdk", "chain6"]
N1, N2 = 20_000, 120_000


def ir(binary, op, n):
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={d}/out",
                            binary, op, str(n)], capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    if not m:
        sys.exit(f"no instruction count from callgrind for {op}:\n{r.stderr}")
    return int(m.group(1))


def build():
    r = subprocess.run(["cargo", "bench", "--no-run", "--bench", "lookup_profile",
                        "--message-format=json"], capture_output=True, text=True, check=True)
    for line in r.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg.get("executable") \
                and msg["target"]["name"] == "lookup_profile":
            return msg["executable"]
    sys.exit("cargo did not report the lookup_profile executable")


def main():
    out = sys.argv[1]
    binary = build()
    os.makedirs(out, exist_ok=True)
    result = {}
    for op in OPS:
        per = (ir(binary, op, N2) - ir(binary, op, N1)) / (N2 - N1)
        result[op] = per
        print(f"callgrind: {op}: {per:.1f} instructions per call")
    with open(os.path.join(out, "callgrind.json"), "w") as f:
        json.dump({"n1": N1, "n2": N2, "instructions_per_call": result}, f, indent=1)


if __name__ == "__main__":
    main()
