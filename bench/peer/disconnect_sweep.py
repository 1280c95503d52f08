#!/usr/bin/python3
"""bench/peer (b): disconnecting COUNT sessions spread over SERVERS servers, as a function of the
server's cost per call d (issue 9, point 5; product.md: "in about one round trip per server").

rras-sim answers a call in ~1-2 ms; a Windows RRAS server answers DisconnectByHostIP through
WinRM and its WMI provider in far more. For every d in --delays one rras-sim (SERVERS x TUNNELS,
churn 0) is started with `--fault delay:d/DisconnectByHostIP --fault delay:d/GetByActiveStatistics`
(d = 0: the simulator as is), so every disconnect call AND every listing costs d more on both
sides (pywinrm's loop does not list; rrasctl lists each server once before it sends).

  rrasctl, one process     `rrasctl disconnect` with every --server and one --ips-file of all the
                           addresses (shuffled: rrasctl routes each to the server that lists it)
  rrasctl, N processes     (d = 0 only, the reference of the first run) one rrasctl per server
                           with its addresses, all at once, one shared history
  pywinrm loop             one DisconnectByHostIP per address, a new session per call
                           (Disconnect-VpnUser -ComputerName in a foreach); at d = 0 also with one
                           session per server

Whole-process wall time (start-up included), median of the runs with min-max; client CPU
(user+sys of the children) and rras-sim CPU per run. Every run uses addresses no run used before
and is checked: every address must end Disconnected. At large d the loop takes COUNT x d (1,000 x
200 ms = 200 s a run), so from --loop-sample-above on it runs over a sample of the addresses (the
same number on every server) and its time for COUNT addresses is printed as EXTRAPOLATED (a
line through two measured points, one address per server and the sample, so that start-up is
counted once), never as measured.

Standalone: disconnect_sweep.py --sim PATH --rrasctl PATH [--delays 0,10,50,200]; bench.py runs it
as its part (b).
"""
import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = [os.environ.get("PEER_PYTHON", "/usr/bin/python3"), os.path.join(HERE, "pyclient.py")]
PASSWORD = "peer-bench"
USER = "bench"


class Sim:
    def __init__(self, path, servers, tunnels, envelope_kb, seed, faults):
        env = dict(os.environ, RRAS_PEER_PW=PASSWORD)
        cmd = [path, "--servers", str(servers), "--tunnels", str(tunnels), "--churn", "0", "--seed", str(seed),
               "--max-envelope-kb", str(envelope_kb), "--user", USER, "--password-env", "RRAS_PEER_PW",
               "--allow-unencrypted", "--quiet"]
        for f in faults:
            cmd += ["--fault", f]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        self.urls = []
        for line in self.proc.stdout:
            parts = line.split()
            if parts and parts[0] == "READY":
                self.urls.append(parts[2])
                if len(self.urls) == servers:
                    break
        if len(self.urls) != servers:
            raise RuntimeError("rras-sim did not start")

    def cpu(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)


class Bench:
    def __init__(self, args):
        self.args = args

    def env(self):
        return dict(os.environ, RRAS_PASSWORD=PASSWORD, RRAS_USER=USER, NO_PROXY="127.0.0.1,localhost",
                    RRAS_MAX_ENVELOPE=str(self.args.envelope_kb * 1024), QT_LOGGING_RULES="*.debug=false")

    def run(self, cmd, stdout=subprocess.DEVNULL):
        res = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, env=self.env(), text=True)
        if res.returncode != 0:
            raise RuntimeError(f"{cmd[:3]}... failed ({res.returncode}): {res.stderr[-2000:]}")
        return res

    def parallel(self, cmds):
        procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=self.env(), text=True)
                 for c in cmds]
        outs = []
        for c, p in zip(cmds, procs):
            out, err = p.communicate()
            if p.returncode != 0:
                raise RuntimeError(f"{c[:3]}... failed ({p.returncode}): {err[-2000:]}")
            outs.append(out)
        return outs

    def common(self):
        return ["--auth", "basic", "--user", USER, "--allow-unencrypted", "--max-envelope-kb",
                str(self.args.envelope_kb)]


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def check_rrasctl(outputs, expected):
    rows = [row for out in outputs for row in json.loads(out)]
    bad = [row for row in rows if row["outcome"] != "Disconnected"]
    if len(rows) != expected or bad:
        raise RuntimeError(f"rrasctl: {len(rows)} outcomes for {expected} addresses, not Disconnected: {bad[:3]}")


def check_loop(output, expected):
    out = json.loads(output)
    if out["requested"] != expected or out["disconnected"] != expected:
        raise RuntimeError(f"pywinrm loop: {out}")


def sweep_one(b, d, runs_ours, out):
    args = b.args
    faults = [f"delay:{d}/DisconnectByHostIP", f"delay:{d}/GetByActiveStatistics"] if d else []
    sim = Sim(args.sim, args.servers, args.tunnels, args.envelope_kb, 7, faults)
    results = {}
    tmp = tempfile.TemporaryDirectory()
    try:
        urls = sim.urls
        cmd = [args.rrasctl, "list", "--format", "json", *b.common()]
        for u in urls:
            cmd += ["--server", u]
        listing = json.loads(b.run(cmd, subprocess.PIPE).stdout)
        assert len(listing) == args.servers * args.tunnels, len(listing)
        pools = {}
        for row in listing:
            if row.get("ClientIPv4Address"):
                pools.setdefault(row["server"].rstrip("/"), []).append(row["ClientIPv4Address"])
        pools = {u: pools[u.rstrip("/")] for u in urls}
        used = {u: 0 for u in urls}
        per_server = args.count // args.servers
        history = os.path.join(tmp.name, "history")
        # The history exists before any timed run (creating it is a one-time cost).
        b.run([args.rrasctl, "disconnect", *b.common(), "--server", urls[0], "--ip", "192.0.2.1", "--data-dir",
               history, "--reason", "peer benchmark: history"])

        def take(n):
            picked = {}
            for u in urls:
                chunk = pools[u][used[u]:used[u] + n]
                assert len(chunk) == n, "not enough tunnels left for another run"
                used[u] += n
                picked[u] = chunk
            return picked

        def timed(go):
            c0, s0 = children_cpu(), sim.cpu()
            t = time.perf_counter()
            go()
            return time.perf_counter() - t, children_cpu() - c0, sim.cpu() - s0

        def ours_one():
            picked = take(per_server)
            addresses = [a for chunk in picked.values() for a in chunk]
            random.Random(len(addresses) + used[urls[0]]).shuffle(addresses)
            f = os.path.join(tmp.name, "ips-all.txt")
            with open(f, "w") as o:
                o.write("\n".join(addresses) + "\n")
            cmd = [args.rrasctl, "disconnect", *b.common(), "--ips-file", f, "--format", "json", "--data-dir",
                   history, "--reason", "peer benchmark"]
            for u in urls:
                cmd += ["--server", u]
            res = {}

            def go():
                res["out"] = b.run(cmd, subprocess.PIPE).stdout
            sample = timed(go)
            check_rrasctl([res["out"]], len(addresses))
            return sample

        def ours_procs():
            picked = take(per_server)
            cmds = []
            for i, (u, addrs) in enumerate(picked.items()):
                f = os.path.join(tmp.name, f"ips-{i}.txt")
                with open(f, "w") as o:
                    o.write("\n".join(addrs) + "\n")
                cmds.append([args.rrasctl, "disconnect", *b.common(), "--server", u, "--ips-file", f, "--format",
                             "json", "--data-dir", history, "--reason", "peer benchmark"])
            res = {}

            def go():
                res["outs"] = b.parallel(cmds)
            sample = timed(go)
            check_rrasctl(res["outs"], per_server * len(urls))
            return sample

        def loop(session, n_per_server):
            picked = take(n_per_server)
            f = os.path.join(tmp.name, "pairs.txt")
            with open(f, "w") as o:
                for u, addrs in picked.items():
                    for a in addrs:
                        o.write(f"{u} {a}\n")
            res = {}

            def go():
                res["out"] = b.run(PY + ["disconnect", "--session", session, f], subprocess.PIPE).stdout
            sample = timed(go)
            check_loop(res["out"], n_per_server * len(urls))
            return sample

        def measure(fn, runs, warmup=True):
            if warmup:
                fn()
            return [fn() for _ in range(runs)]

        results["ours"] = measure(ours_one, runs_ours)
        report(out, f"rrasctl disconnect, {len(urls)} servers, one process", results["ours"])
        if d == 0:
            results["ours_procs"] = measure(ours_procs, runs_ours)
            report(out, f"rrasctl disconnect, {len(urls)} processes at once (reference)", results["ours_procs"])
        # The loop's time is COUNT x d and more: fewer runs where one takes long, and from
        # --loop-sample-above on a sample of the addresses (extrapolated, and printed as such).
        n_loop = per_server if d < args.loop_sample_above else max(1, args.loop_sample // len(urls))
        loop_runs = args.runs if d * n_loop * len(urls) <= 20000 else min(args.runs, 2)
        # A short warm-up of one address per server: caches, the simulator's first connections.
        results["loop_warm"] = loop("per-call", 1)
        results["loop_warm_addresses"] = len(urls)
        results["loop"] = measure(lambda: loop("per-call", n_loop), loop_runs, warmup=False)
        results["loop_addresses"] = n_loop * len(urls)
        report(out, f"pywinrm loop, new session per call, {n_loop * len(urls)} addresses", results["loop"])
        if d == 0:
            results["loop_server"] = measure(lambda: loop("per-server", per_server), args.runs)
            report(out, "pywinrm loop, one session per server", results["loop_server"])
    finally:
        tmp.cleanup()
        sim.close()
    return results


def stats(samples):
    times = [s[0] for s in samples]
    return statistics.median(times), min(times), max(times)


def report(out, label, samples):
    med, lo, hi = stats(samples)
    cpu = statistics.median(s[1] for s in samples)
    simcpu = statistics.median(s[2] for s in samples)
    print(f"    {label:<62} median {med * 1000:9.1f} ms  (min {lo * 1000:.1f}, max {hi * 1000:.1f}, "
          f"n={len(samples)}); client CPU {cpu:.2f} s, rras-sim CPU {simcpu:.2f} s", file=out, flush=True)


def run_sweep(args, out=sys.stdout):
    print(f"(b) disconnecting {args.count} sessions on {args.servers} servers x {args.tunnels} tunnels, as a "
          f"function of the server's cost per call d (rras-sim --fault delay:d on DisconnectByHostIP and "
          f"GetByActiveStatistics)", file=out, flush=True)
    print(f"  load average at start: {open('/proc/loadavg').read().split()[:3]}", file=out, flush=True)
    table = []
    for d in args.delays:
        print(f"  d = {d} ms", file=out, flush=True)
        runs_ours = args.runs
        res = sweep_one(Bench(args), d, runs_ours, out)
        ours = stats(res["ours"])
        loop = stats(res["loop"])
        n = res["loop_addresses"]
        if n == args.count:
            full = loop
            note = ""
        else:
            # A line through two measured points: the warm-up (one address per server) and the
            # sample. Start-up is counted once, not once per sample.
            n0, t0 = res["loop_warm_addresses"], res["loop_warm"][0]
            full = tuple(t0 + (t - t0) / (n - n0) * (args.count - n0) for t in loop)
            note = (f"  [loop EXTRAPOLATED: measured {n} addresses {loop[0]:.2f} s and {n0} addresses "
                    f"{t0:.2f} s, a line through both to {args.count}]")
        table.append((d, ours, full, note, res.get("ours_procs"), res.get("loop_server")))
    print(f"  load average at end: {open('/proc/loadavg').read().split()[:3]}", file=out, flush=True)
    print(f"  ratio = pywinrm loop (new session per call, {args.count} addresses) / rrasctl (one process), "
          f"medians; range = loop min / rrasctl max .. loop max / rrasctl min; target >= 50x", file=out)
    print(f"  {'d ms':>5}  {'rrasctl median (min-max)':<28} {'loop median (min-max)':<34} {'ratio':>8}  "
          f"{'range':<17} target", file=out)
    for d, ours, loop, note, procs, loop_server in table:
        lm, llo, lhi = loop
        ratio = lm / ours[0]
        met = "met" if ratio >= 50 else "MISSED"
        print(f"  {d:>5}  {ours[0]:7.3f} s ({ours[1]:.3f}-{ours[2]:.3f})      "
              f"{lm:8.2f} s ({llo:.2f}-{lhi:.2f})           {ratio:7.1f}x  "
              f"{llo / ours[2]:6.1f}-{lhi / ours[1]:6.1f}x  >= 50x {met}{note}", file=out, flush=True)
        if procs:
            pm = stats(procs)
            print(f"  {'':>5}  reference: rrasctl {args.servers} processes at once {pm[0]:.3f} s "
                  f"({pm[1]:.3f}-{pm[2]:.3f}): loop / it {lm / pm[0]:.1f}x; it / one process "
                  f"{pm[0] / ours[0]:.2f}", file=out)
        if loop_server:
            sm = stats(loop_server)
            print(f"  {'':>5}  loop with one session per server {sm[0]:.2f} s ({sm[1]:.2f}-{sm[2]:.2f}): "
                  f"/ rrasctl {sm[0] / ours[0]:.1f}x", file=out)


def add_sweep_options(p):
    """The sweep's own options, on bench.py's parser or the standalone one."""
    p.add_argument("--delays", type=lambda s: [int(x) for x in s.split(",")], default=[0, 10, 50, 200],
                   help="(b) the server's cost per call d in ms, comma separated (default 0,10,50,200)")
    p.add_argument("--loop-sample-above", type=int, default=100,
                   help="(b) from this d on, the pywinrm loop runs over --loop-sample addresses (default 100)")
    p.add_argument("--loop-sample", type=int, default=100)
    p.add_argument("--dis-tunnels", type=int, default=2500, help="(b) tunnels per server")


def from_bench_args(args):
    """bench.py's options (--dis-servers, --dis-count, ...) as this module's."""
    return argparse.Namespace(sim=args.sim, rrasctl=args.rrasctl, runs=args.runs, servers=args.dis_servers,
                              count=args.dis_count, tunnels=args.dis_tunnels, envelope_kb=args.envelope_kb,
                              delays=args.delays, loop_sample_above=args.loop_sample_above,
                              loop_sample=args.loop_sample)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sim", required=True)
    p.add_argument("--rrasctl", required=True)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--dis-servers", type=int, default=10)
    p.add_argument("--dis-count", type=int, default=1000)
    p.add_argument("--envelope-kb", type=int, default=8192)
    add_sweep_options(p)
    run_sweep(from_bench_args(p.parse_args()))
