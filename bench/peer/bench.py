#!/usr/bin/python3
"""bench/peer (issue 9, point 5): rrasctl against Debian's pywinrm on the same rras-sim.

(a) listing SERVERS x TUNNELS: `rrasctl list --format json` with every --server in one process
    (it queries them in parallel), one rrasctl per server in a row (as a shell loop would), and
    pywinrm (pyclient.py) sequentially, with a thread per server and with a process per server;
(b) disconnecting DIS_COUNT sessions spread over DIS_SERVERS servers as a function of the server's
    cost per call d (disconnect_sweep.py, its own rras-sim per d): rrasctl with every --server in
    one process (and, at d = 0, one process per server as before) against a pywinrm loop of one
    DisconnectByHostIP per address with a new session per call (Disconnect-VpnUser -ComputerName
    in a foreach; at d = 0 also with one session per server);
(c) rrasctl's peak resident memory for the listing (GNU time's "Maximum resident set size")
    against the bytes of XML it received (measured with one pywinrm fetch of each server).

Wall time of whole processes (start-up included on both sides), median of RUNS runs with the
spread (min-max). Every variant is checked: the tunnel count, every address disconnected.
Run through bench/peer/run.sh, which builds rrasctl and rras-sim in Release first.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import disconnect_sweep

HERE = os.path.dirname(os.path.abspath(__file__))
PY = [os.environ.get("PEER_PYTHON", "/usr/bin/python3"), os.path.join(HERE, "pyclient.py")]
PASSWORD = "peer-bench"
USER = "bench"


class Sim:
    def __init__(self, path, servers, tunnels, envelope_kb, seed):
        env = dict(os.environ, RRAS_PEER_PW=PASSWORD)
        self.proc = subprocess.Popen(
            [path, "--servers", str(servers), "--tunnels", str(tunnels), "--churn", "0", "--seed", str(seed),
             "--max-envelope-kb", str(envelope_kb), "--user", USER, "--password-env", "RRAS_PEER_PW",
             "--allow-unencrypted", "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        self.urls = []
        for line in self.proc.stdout:
            parts = line.split()
            if parts and parts[0] == "READY":
                self.urls.append(parts[2])
                if len(self.urls) == servers:
                    break
        if len(self.urls) != servers:
            raise RuntimeError("rras-sim did not start")

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)


def env():
    return dict(os.environ, RRAS_PASSWORD=PASSWORD, RRAS_USER=USER, NO_PROXY="127.0.0.1,localhost",
                RRAS_MAX_ENVELOPE=str(ARGS.envelope_kb * 1024), QT_LOGGING_RULES="*.debug=false")


def run(cmd, stdout=subprocess.DEVNULL):
    res = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env(), text=True)
    if res.returncode != 0:
        raise RuntimeError(f"{cmd[:3]}... failed ({res.returncode}): {res.stderr[-2000:]}")
    return res


SIM_PID = None
CPU = {}  # label -> median client CPU seconds


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def sim_cpu():
    # utime + stime of rras-sim, from /proc (it is still running, so not in RUSAGE_CHILDREN).
    with open(f"/proc/{SIM_PID}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


LAST_CPU = [0.0, 0.0]


def timed(fn):
    c0, s0 = children_cpu(), sim_cpu()
    t = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - t
    LAST_CPU[0], LAST_CPU[1] = children_cpu() - c0, sim_cpu() - s0
    return elapsed


def measure(label, fn, runs):
    fn()  # warm-up: caches, first connections of the simulator
    times, cpus, sims = [], [], []
    for _ in range(runs):
        times.append(timed(fn))
        cpus.append(LAST_CPU[0])
        sims.append(LAST_CPU[1])
    med = statistics.median(times)
    CPU[label] = statistics.median(cpus)
    print(f"  {label:<58} median {med * 1000:9.1f} ms  (min {min(times) * 1000:.1f}, "
          f"max {max(times) * 1000:.1f}, n={runs}); client CPU {CPU[label]:.2f} s, "
          f"rras-sim CPU {statistics.median(sims):.2f} s", flush=True)
    return med


def rrasctl_common():
    return ["--auth", "basic", "--user", USER, "--allow-unencrypted", "--max-envelope-kb", str(ARGS.envelope_kb)]


def rrasctl_list(urls, stdout=subprocess.DEVNULL, extra=()):
    cmd = [ARGS.rrasctl, "list", "--format", "json", *rrasctl_common(), *extra]
    for u in urls:
        cmd += ["--server", u]
    return run(cmd, stdout)


def parallel(cmds):
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(), text=True)
             for c in cmds]
    for c, p in zip(cmds, procs):
        _, err = p.communicate()
        if p.returncode != 0:
            raise RuntimeError(f"{c[:3]}... failed ({p.returncode}): {err[-2000:]}")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--sim", required=True)
    parser.add_argument("--rrasctl", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--servers", type=int, default=20)
    parser.add_argument("--tunnels", type=int, default=2500)
    parser.add_argument("--dis-servers", type=int, default=10)
    parser.add_argument("--dis-count", type=int, default=1000)
    parser.add_argument("--envelope-kb", type=int, default=8192)
    parser.add_argument("--only-disconnect", action="store_true", help="run part (b) only")
    parser.add_argument("--only-listing", action="store_true", help="run parts (a) and (c) only")
    disconnect_sweep.add_sweep_options(parser)
    ARGS = parser.parse_args()
    if ARGS.only_disconnect:
        disconnect_sweep.run_sweep(disconnect_sweep.from_bench_args(ARGS))
        return
    runs = ARGS.runs
    results = {}
    print(f"load average at start: {open('/proc/loadavg').read().split()[:3]}")
    print(f"peer benchmark: {ARGS.servers} servers x {ARGS.tunnels} tunnels, rras-sim --max-envelope-kb "
          f"{ARGS.envelope_kb}, {runs} runs each after one warm-up; {os.cpu_count()} CPU(s)", flush=True)

    global SIM_PID
    sim = Sim(ARGS.sim, ARGS.servers, ARGS.tunnels, ARGS.envelope_kb, 7)
    SIM_PID = sim.proc.pid
    try:
        urls = sim.urls
        # Correctness first: both sides see every tunnel.
        listing = json.loads(rrasctl_list(urls, subprocess.PIPE).stdout)
        expected = ARGS.servers * ARGS.tunnels
        assert len(listing) == expected, f"rrasctl listed {len(listing)}, expected {expected}"
        sizes = [json.loads(run(PY + ["fetch", u], subprocess.PIPE).stdout) for u in urls]
        assert all(s["tunnels"] == ARGS.tunnels for s in sizes), sizes
        xml_bytes = sum(s["bytes"] for s in sizes)
        one_xml = sizes[0]["bytes"]
        for mode in ("seq", "threads", "procs"):
            out = json.loads(run(PY + ["list", "--mode", mode, *urls], subprocess.PIPE).stdout)
            assert out["tunnels"] == expected, out

        print("(a) listing", flush=True)
        results["rrasctl_list"] = measure(f"rrasctl list --format json, {len(urls)} servers, one process",
                                          lambda: rrasctl_list(urls), runs)
        results["rrasctl_list_p20"] = measure(f"rrasctl list --parallel {len(urls)} (every server at once)",
                                              lambda: rrasctl_list(urls, extra=["--parallel", str(len(urls))]),
                                              runs)
        results["rrasctl_list_seq"] = measure(
            "rrasctl list, one process per server, in a row", lambda: [rrasctl_list([u]) for u in urls], runs)
        results["py_seq"] = measure("pywinrm, sequential", lambda: run(PY + ["list", "--mode", "seq", *urls]),
                                    runs)
        results["py_threads"] = measure("pywinrm, a thread per server",
                                        lambda: run(PY + ["list", "--mode", "threads", *urls]), runs)
        results["py_procs"] = measure("pywinrm, a process per server",
                                      lambda: run(PY + ["list", "--mode", "procs", *urls]), runs)

        print("(c) rrasctl peak memory for the listing", flush=True)
        def peak_kb(server_urls, extra=()):
            cmd = ["/usr/bin/time", "-v", ARGS.rrasctl, "list", "--format", "json", *rrasctl_common(), *extra]
            for u in server_urls:
                cmd += ["--server", u]
            res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(), text=True)
            for line in res.stderr.splitlines():
                if "Maximum resident set size" in line:
                    return int(line.split(":")[1])
            raise RuntimeError("no maximum RSS from /usr/bin/time: " + res.stderr[-500:])
        peaks_all = [peak_kb(urls) for _ in range(runs)]
        peaks_one = [peak_kb(urls[:1]) for _ in range(runs)]
        peaks_p20 = [peak_kb(urls, ["--parallel", str(len(urls))]) for _ in range(runs)]
        peak_all = statistics.median(peaks_all) * 1024
        peak_one = statistics.median(peaks_one) * 1024
        print(f"  XML received: {xml_bytes / 1e6:.1f} MB for {len(urls)} servers ({one_xml / 1e6:.2f} MB each)")
        print(f"  rrasctl peak RSS, {len(urls)} servers: median {peak_all / 1e6:.1f} MB "
              f"(min {min(peaks_all) * 1024 / 1e6:.1f}, max {max(peaks_all) * 1024 / 1e6:.1f})")
        print(f"  rrasctl peak RSS, {len(urls)} servers, --parallel {len(urls)}: median "
              f"{statistics.median(peaks_p20) * 1024 / 1e6:.1f} MB")
        print(f"  rrasctl peak RSS, 1 server:   median {peak_one / 1e6:.1f} MB "
              f"(min {min(peaks_one) * 1024 / 1e6:.1f}, max {max(peaks_one) * 1024 / 1e6:.1f})", flush=True)

    finally:
        sim.close()

    print(f"load average at end: {open('/proc/loadavg').read().split()[:3]}")
    # (b) starts its own simulators, one per server cost d, and prints its own ratios.
    if not ARGS.only_listing:
        disconnect_sweep.run_sweep(disconnect_sweep.from_bench_args(ARGS))
    best_py = min(results["py_threads"], results["py_procs"])
    rows = [
        ("listing: pywinrm parallel (best) / rrasctl list", best_py / results["rrasctl_list"], ">= 5x"),
        ("listing: pywinrm sequential / rrasctl list", results["py_seq"] / results["rrasctl_list"], "-"),
        ("listing: pywinrm sequential / rrasctl per server in a row",
         results["py_seq"] / results["rrasctl_list_seq"], "-"),
        (f"memory: rrasctl peak RSS / XML received ({ARGS.servers} servers)", peak_all / xml_bytes, "< 3x"),
        ("memory: rrasctl peak RSS / XML received (1 server)", peak_one / one_xml, "-"),
    ]
    print("ratios")
    cpu = list(CPU.values())
    labels = list(CPU.keys())
    def c(prefix):
        return next(CPU[k] for k in labels if k.startswith(prefix))
    rows += [
        ("client CPU, listing: pywinrm sequential / rrasctl list", c("pywinrm, sequential") / c("rrasctl list --format"),
         "-"),
        ("client CPU, listing: pywinrm processes / rrasctl list", c("pywinrm, a process") / c("rrasctl list --format"),
         "-"),
    ]
    del cpu
    for label, value, target in rows:
        met = ""
        if target.startswith(">="):
            met = "met" if value >= float(target.split()[1].rstrip("x")) else "MISSED"
        elif target.startswith("<"):
            met = "met" if value < float(target.split()[1].rstrip("x")) else "MISSED"
        print(f"  {label:<66} {value:7.2f}x  target {target:<7} {met}")


if __name__ == "__main__":
    main()
