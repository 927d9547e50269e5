"""Archive throughput: one process against a pool, per-worker start-up and memory, as ``docs/archives.md`` quotes.

    python -m benchmarks.archive                 # 8 MB of news, extract_many and the command line, jobs 1 and 2
    python -m benchmarks.archive --mb 2 --skip-cli

The corpus is news at news density: paragraphs of the founding article and its English rendering, rotated into
documents of about 4 KB, half in each language. Every figure is wall-clock time of the whole run (pool start
included), best of ``--rounds``. Each run prints how many cores other processes kept busy meanwhile: on a shared
machine they take cores from the pool and lower its speed-up, so only runs with that figure near 0 compare.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.texts import EN_ARTICLE, SEED


def corpus(megabytes: float) -> list[dict[str, Any]]:
    """About ``megabytes`` of news in documents of about 4 KB, alternating Indonesian and English."""
    paragraphs = {"id": SEED.split("\n"), "en": EN_ARTICLE.split("\n")}
    docs: list[dict[str, Any]] = []
    size = 0
    i = 0
    while size < megabytes * 1e6:
        code = "id" if i % 2 == 0 else "en"
        lines = paragraphs[code]
        k = i // 2 % len(lines)
        text = "\n".join(lines[k:] + lines[:k])
        docs.append({"id": f"doc-{i:06d}", "text": text, "lang": code, "reference_date": "2024-07-04"})
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def _rss_mb(pid: int) -> tuple[float, float]:
    """Resident and proportional set size of ``pid`` in MB (PSS shares pages with the parent fairly)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    return fields["Rss"] / 1024, fields["Pss"] / 1024


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy (all processes, all cores), from ``/proc/stat``."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_busy() -> float:
    """CPU seconds of this process and its finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run_library(docs: list[dict[str, Any]], jobs: int | None) -> tuple[float, list[tuple[float, float]]]:
    """Seconds for ``extract_many`` over ``docs``, and the largest memory each worker reached."""
    import factcheck

    peaks: dict[int, tuple[float, float]] = {}
    running = True

    def sample() -> None:
        while running:
            for child in multiprocessing.active_children():
                try:
                    rss, pss = _rss_mb(child.pid or 0)
                except (FileNotFoundError, ProcessLookupError, KeyError):
                    continue
                old = peaks.get(child.pid or 0, (0.0, 0.0))
                peaks[child.pid or 0] = (max(old[0], rss), max(old[1], pss))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started, machine, own = time.perf_counter(), machine_busy(), own_busy()
    claims = sum(len(r.claims) for r in factcheck.extract_many(docs, jobs=jobs))
    seconds = time.perf_counter() - started
    used = own_busy() - own
    others = (machine_busy() - machine) - used
    running = False
    sampler.join()
    assert claims > 0
    print(f"  jobs={jobs}: {seconds:.2f} s wall, {used:.2f} s CPU (parent and workers); other processes on the "
          f"machine meanwhile: {max(others, 0) / seconds:.2f} cores busy", flush=True)
    return seconds, list(peaks.values())


def run_cli(directory: Path, jobs: int) -> float:
    """Seconds for ``factcheck extract DIR --jobs N -o FILE`` in a fresh process, start-up included."""
    out = directory.parent / f"out-{jobs}.jsonl"
    started, machine, own = time.perf_counter(), machine_busy(), own_busy()
    subprocess.run([str(Path(sys.executable).with_name("factcheck")), "extract", str(directory), "--jobs",
                    str(jobs), "-o", str(out)], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    others = (machine_busy() - machine) - (own_busy() - own)
    print(f"  --jobs {jobs}: {seconds:.2f} s; other processes meanwhile: {max(others, 0) / seconds:.2f} cores busy",
          flush=True)
    return seconds


def ceiling(megabytes: float) -> None:
    """Two independent processes, each extracting half the corpus in one process, at the same time: the best two
    workers could do on this machine, whatever the pool's own costs (two hardware threads of one core share it)."""
    code = ("import sys, time, factcheck; from benchmarks.archive import corpus; factcheck.warm_up(); "
            f"docs = corpus({megabytes / 2}); t = time.perf_counter(); "
            "[r for r in factcheck.extract_many(docs)]; print(time.perf_counter() - t)")
    solo = float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    runs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    pair = [float(run.communicate()[0]) for run in runs]
    print(f"ceiling: half the corpus alone {solo:.2f} s; two halves at once {pair[0]:.2f} s and {pair[1]:.2f} s: "
          f"two processes do {2 * solo / max(pair):.2f}x the work of one in the same time")


def warm_up_seconds() -> dict[str, float]:
    """``warm_up`` per language and for all, each in a fresh interpreter."""
    out = {}
    for langs in (["id"], ["en"], None):
        code = f"import time, factcheck; t = time.perf_counter(); factcheck.warm_up({langs!r}); " \
               "print(time.perf_counter() - t)"
        result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        out["all" if langs is None else langs[0]] = float(result.stdout)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--ceiling", action="store_true", help="also time two independent processes at once")
    args = parser.parse_args()
    docs = corpus(args.mb)
    size = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {size:.1f} MB; cores: {os.cpu_count()}; "
          f"load average before: {os.getloadavg()[0]:.2f}")
    for lang, seconds in warm_up_seconds().items():
        print(f"warm_up({lang}) in a fresh process: {seconds:.2f} s")
    import factcheck

    factcheck.warm_up()  # so that one process and the pool both start compiled (the pool forks from here)
    timings: dict[int, float] = {}
    for jobs in (1, 2):
        best = float("inf")
        memory: list[tuple[float, float]] = []
        for _ in range(args.rounds):
            seconds, memory = run_library(docs, jobs)
            best = min(best, seconds)
        timings[jobs] = best
        workers = "; ".join(f"worker RSS {r:.0f} MB, PSS {p:.0f} MB" for r, p in memory) or "no workers"
        print(f"extract_many jobs={jobs}: {best:.2f} s, {size / best:.2f} MB/s ({workers})")
    print(f"extract_many speed-up jobs=2 / jobs=1: {timings[1] / timings[2]:.2f}x")
    if args.ceiling:
        ceiling(args.mb)
    rss, _pss = _rss_mb(os.getpid())
    print(f"this process (parent, warmed, holding the corpus): RSS {rss:.0f} MB")
    if not args.skip_cli:
        with tempfile.TemporaryDirectory() as tmp:
            directory = Path(tmp) / "docs"
            directory.mkdir()
            for d in docs:
                (directory / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
            cli = {jobs: min(run_cli(directory, jobs) for _ in range(args.rounds)) for jobs in (1, 2)}
        for jobs, seconds in cli.items():
            print(f"factcheck extract DIR --jobs {jobs}: {seconds:.2f} s, {size / seconds:.2f} MB/s (start-up "
                  f"included)")
        print(f"command-line speed-up --jobs 2 / --jobs 1: {cli[1] / cli[2]:.2f}x")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
