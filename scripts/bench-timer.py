#!/usr/bin/env python3
"""The benchmark's stopwatch: runs one command at a time and reports its wall time and the
kernel's resource usage of that very process (peak RSS, user and system CPU).

Why a helper, and why Python: Node's child_process does not expose a child's rusage, and asking
the child itself (process.resourceUsage() in a preloaded module) would change what the action runs
and miss its last moments. wait4(2) returns the rusage the kernel kept for exactly the reaped
child (with its own waited-for children, which no contestant has). Its peak RSS also covers the
moment before exec, when the child is still a copy of this small helper, far below any Node
process. /usr/bin/time does the same, but is not on every machine and adds a process per run;
Python is already needed for moto. The clock runs here too, from just before the fork to the
reaping wait, so the benchmark's own event loop adds no jitter to the times.

Protocol: one JSON request per line on stdin, {"argv": [...], "env": {...}, "cwd": "...",
"log": "<file for stdout and stderr>"}; one JSON answer per line on stdout, {"wallNs", "code",
"signal", "maxRssKb", "userMs", "systemMs"}; until stdin closes.
"""
import json
import os
import subprocess
import sys
import time


def run(request):
    with open(request["log"], "wb") as log:
        started = time.perf_counter_ns()
        child = subprocess.Popen(
            request["argv"],
            cwd=request.get("cwd"),
            env=request["env"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall_ns = time.perf_counter_ns() - started
    # Reaped here, not by Popen: tell it, so that it does not wait again.
    child.returncode = os.waitstatus_to_exitcode(status)
    return {
        "wallNs": wall_ns,
        "code": child.returncode if child.returncode >= 0 else None,
        "signal": -child.returncode if child.returncode < 0 else None,
        "maxRssKb": usage.ru_maxrss,  # kilobytes on Linux
        "userMs": usage.ru_utime * 1000,
        "systemMs": usage.ru_stime * 1000,
    }


for line in sys.stdin:
    try:
        answer = run(json.loads(line))
    except Exception as error:  # an unknown command, say: report it, keep serving
        answer = {"error": f"{type(error).__name__}: {error}"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
