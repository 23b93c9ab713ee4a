"""make bench: parse speed against a bare-regex floor, cold start against importing the dependencies.

Every figure is a median over repeated runs, next to a baseline measured in the same run, because the
machine is shared and noisy: read the ratios, not the absolute times. `--record` also writes
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


# Generated notices for the batch figures (make bench BATCH_SIZES=200,1000 for a quick run).
BATCH_SIZES = tuple(int(size) for size in os.environ.get("BATCH_SIZES", "1000,10000").split(","))

# Reference-sized notices batched to extrapolate the 10,000-notice figure.
REFERENCE_RUN = 400

# The commit issue 9 measures against (main before the restructure).
BASELINE = "e174263"


def baseline_ratio(rounds: int) -> tuple[float, float, float] | None:
    """Median in-process parse time of the reference for the baseline commit and for the working tree,
    each in its own process, alternating, several rounds; and the median of the per-round ratios."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "baseline"
        added = subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), BASELINE], cwd=ROOT, capture_output=True, check=False
        )
        if added.returncode != 0:
            return None  # a shallow clone without the baseline commit
        try:
            script = str(ROOT / "benchmarks" / "time_parse.py")
            base, now, ratios = [], [], []
            for _ in range(rounds):
                times = []
                for source in (tree / "src", ROOT / "src"):
                    command = [sys.executable, script, str(source), str(REFERENCE), "15"]
                    times.append(float(subprocess.run(command, capture_output=True, check=True, text=True).stdout))
                base.append(times[0])
                now.append(times[1])
                ratios.append(times[0] / times[1])
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
    return statistics.median(base), statistics.median(now), statistics.median(ratios)


def peak_rss_kib(command: list[str]) -> int:
    """Maximum resident set of a command, measured in a process of its own."""
    probe = (
        "import resource, subprocess, sys; "
        f"subprocess.run({command!r}, stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    return int(subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True, text=True).stdout)


def memory_line() -> str:
    """RSS of `parse` on the reference repeated 100 times, minus a one-notice run, per byte of input."""
    import tempfile

    cli = str(Path(sys.executable).with_name("lishan-plan"))
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "reference-x100.txt"
        big.write_text(REFERENCE.read_text("utf-8") * 100, "utf-8")
        size = big.stat().st_size
        one = peak_rss_kib([cli, "parse", str(REFERENCE)])
        hundred = peak_rss_kib([cli, "parse", str(big)])
    extra = (hundred - one) * 1024
    return (
        f"| `lishan-plan parse` on the reference ×100 ({size / 1e6:.1f} MB), peak RSS | {hundred / 1024:.0f} MB | "
        f"one notice {one / 1024:.0f} MB | {extra / size:.0f}× the input above one notice |"
    )


def regex_floor(text: str) -> None:
    """The floor: split into lines and run the same line patterns, no model, no tree."""
    from lishan_plan.lines.classify import match_kind
    from lishan_plan.lines.normalize import fold_width

    for line in fold_width(text).split("\n"):
        match_kind(line.strip())


def cold(command: list[str], repeat: int, settings: dict[str, str] | None = None) -> float:
    """Median wall time of a fresh process, with bytecode caches as an installed package has them.

    pip writes the dependencies' .pyc files at install time, so `import pydantic, typer` never compiles
    source; this editable checkout gets its own only when Python may write them. Where the shell sets
    PYTHONDONTWRITEBYTECODE, every run would compile the package from source and the ratio would compare
    a compile against a load, so one unmeasured run writes the caches and the timed runs load them (the
    compiled patterns too, grammar.compiled, unless `settings` turn that cache off).
    """
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    environment.update(settings or {})
    subprocess.run(command, check=True, capture_output=True, env=environment)
    return median_seconds(lambda: subprocess.run(command, check=True, capture_output=True, env=environment), repeat)


# Shapes that would make a careless parser quadratic, each as (name, one repeated unit of text).
SHAPES = (
    ("runs of 、 in one line", "1.任务（" + "、" * 5000 + "\n"),
    ("unclosed （ on every line", "一、总则\n1.开始" + "继续推进各项工作落实）\n" * 200),
    ("one long unit list", "1.任务\n责任单位：" + "区财政局、" * 2000 + "\n"),
    ("thousands of digits", "2." + "9" * 5000 + "\n"),
    ("repeated labels", "责任单位：" + "牵头单位：" * 1000 + "\n"),
    ("repeated conventions", "列第一位的为牵头单位，" * 500 + "\n"),
    ("lines of every width", "".join("字" * width + "\n" for width in range(0, 3000, 7))),
    ("序号 after every word of one line", "推进工作 序号 "),
    ("blank lines between word rows", "序号 工作任务 牵头单位\n1 推进甲项工作。 市发改委\n" + "\n" * 2000),
    ("task labels without units", "重点工作: 推进工作\n" * 200),
    ("open print buttons in one line", "1.推进" + "[打印:" * 2000 + "。\n"),
    ("会同 after 会同", "1.任务（" + "市商务局会同" * 1000 + "市财政局负责）\n"),
    # a document site's Word table whose cells ran together: headers again and again on one line, and a row whose
    # number comes back inside its text with no next row (builder/tables/glued.py)
    ("glued headers and rows on one line", "序号重点任务牵头单位配合单位完成时限1推进第2项工作。县发改局县财政局全年"),
    ("a glued row's number inside its text", "序号重点任务牵头单位配合单位1推进第2项工作县发改局县财政局全年2"),
)


def shape_growth(unit: str) -> tuple[float, float]:
    """Seconds to parse 1 MB and 10 MB of one shape."""
    from lishan_plan import parse_text

    small = unit * (1_000_000 // len(unit.encode("utf-8")) + 1)
    large = unit * (10_000_000 // len(unit.encode("utf-8")) + 1)
    return median_seconds(lambda: parse_text(small), 1), median_seconds(lambda: parse_text(large), 1)


def adversarial(size: int) -> str:
    """Inputs built to make a careless regex backtrack: long runs of 、 and （, digits, repeated labels."""
    pieces = [
        "1." + "、" * 2000 + "\n",
        "牵头单位：" + "（" * 2000 + "\n",
        "2." + "9" * 3000 + "\n",
        "责任单位：" + "牵头单位：" * 400 + "\n",
        "（一）" + "（一）" * 500 + "\n",
        "3.任务" + "（X牵头，" * 300 + "\n",
    ]
    unit = "".join(pieces)
    return (unit * (size // len(unit.encode("utf-8")) + 1))[: size // 3]


def zip_bomb(inflated: int) -> bytes:
    """A .docx whose document.xml inflates to `inflated` bytes (built in chunks)."""
    import io
    import zipfile

    buffer, chunk = io.BytesIO(), b" " * (1 << 20)
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def bomb_refusal(repeat: int) -> str:
    """How fast, and in how much memory, a 1.5 GB zip bomb is refused (a cold CLI run, RSS of the child)."""
    import tempfile

    data = zip_bomb(1500 << 20)
    with tempfile.TemporaryDirectory() as folder:
        bomb = Path(folder) / "bomb.docx"
        bomb.write_bytes(data)
        cli = str(Path(sys.executable).with_name("lishan-plan"))
        probe = (
            "import resource, subprocess, time; start = time.perf_counter(); "
            f"subprocess.run([{cli!r}, 'parse', {str(bomb)!r}], capture_output=True); "
            "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        runs = [
            subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True, text=True).stdout.split()
            for _ in range(max(3, repeat // 8))
        ]
        reference = cold([cli, "parse", str(REFERENCE)], max(3, repeat // 8))
    seconds = statistics.median(float(run[0]) for run in runs)
    peak = max(int(run[1]) for run in runs) / 1024
    return (
        f"| refuse a {len(data) / 1e6:.1f} MB .docx zip bomb (1.5 GB inflated), cold CLI | {seconds * 1000:.0f} ms, "
        f"peak {peak:.0f} MB | cold parse of the reference {reference * 1000:.0f} ms | {seconds / reference:.2f}× |"
    )


def batch_lines(sizes: tuple[int, ...]) -> list[str]:
    """Batch throughput on generated notices, 1 and 2 workers, next to the in-process cost of the same
    notices and a shell loop of `lishan-plan parse` (what a user would write without batch)."""
    import resource
    import tempfile

    from generate import generate

    from lishan_plan import parse_file
    from lishan_plan.batch.database import Database, notice_rows
    from lishan_plan.exporters import EXPORTERS, ExportOptions
    from lishan_plan.exporters.tabular import render_jsonl
    from lishan_plan.output import write_atomic

    cli = str(Path(sys.executable).with_name("lishan-plan"))
    lines = [
        "",
        "| batch | documents/s | seconds | peak RSS | baseline (same run) | ratio |",
        "|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        paths = generate(base / "corpus", max(sizes))
        # The same work without the batch machinery: parse, the JSON file, the JSON Lines, the database
        # rows, one document after another in this process.
        sample = paths[:200]
        database = Database(base / "baseline.sqlite")
        start = time.perf_counter()
        with (base / "baseline.jsonl").open("w", encoding="utf-8") as combined:
            for path in sample:
                notice = parse_file(path)
                write_atomic(base / (path.name + ".json"), EXPORTERS["json"].render(notice, ExportOptions()).encode())
                combined.write(render_jsonl(notice))
                database.write(str(path), notice.source.sha256, notice_rows(notice))
        in_process = (time.perf_counter() - start) / len(sample)
        database.close()
        start = time.perf_counter()
        for path in sample[:100]:
            subprocess.run([cli, "parse", str(path)], capture_output=True, check=False)
        shell = (time.perf_counter() - start) / 100
        rates: dict[tuple[int, int], float] = {}
        peaks: dict[int, int] = {}
        for size in sizes:
            subset = base / f"subset-{size}"
            subset.mkdir()
            for path in paths[:size]:
                target = subset / path.relative_to(base / "corpus")
                target.parent.mkdir(exist_ok=True)
                target.hardlink_to(path)
            for workers in (1, 2):
                out = base / f"out-{size}-{workers}"
                probe = (
                    "import resource, subprocess, time; start = time.perf_counter(); "
                    f"subprocess.run([{cli!r}, 'batch', {str(subset)!r}, '-o', {str(out)!r}, '--db', "
                    f"{str(out) + '.sqlite'!r}, '--workers', '{workers}'], capture_output=True); "
                    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
                )
                seconds, peak = subprocess.run(
                    [sys.executable, "-c", probe], capture_output=True, check=True, text=True
                ).stdout.split()
                rates[(size, workers)] = size / float(seconds)
                peaks[size] = max(peaks.get(size, 0), int(peak))
                lines.append(
                    f"| {size:,} generated notices, {workers} worker(s) | {rates[(size, workers)]:.1f} | "
                    f"{float(seconds):.1f} | {int(peak) / 1024:.0f} MB | in process, same outputs, one by one "
                    f"{1 / in_process:.1f} docs/s | batch cost per notice "
                    f"{1 / rates[(size, workers)] / in_process:.2f}× the in-process cost |"
                )
                shutil.rmtree(out, ignore_errors=True)
        del resource
        for size in sizes:
            lines.append(
                f"| {size:,} notices: 2 workers vs 1 | {rates[(size, 2)]:.1f} | | | {rates[(size, 1)]:.1f} | "
                f"{rates[(size, 2)] / rates[(size, 1)]:.2f}× |"
            )
        if len(sizes) > 1:
            small, large = sizes[0], sizes[-1]
            lines.append(
                f"| peak memory, {large:,} vs {small:,} notices | | | {peaks[large] / 1024:.0f} MB | "
                f"{peaks[small] / 1024:.0f} MB | {peaks[large] / peaks[small]:.2f}× |"
            )
        lines.append(
            f"| a shell loop of `lishan-plan parse` (100 notices) | {1 / shell:.1f} | | | batch, 2 workers "
            f"{rates[(sizes[0], 2)]:.1f} docs/s | batch is {rates[(sizes[0], 2)] * shell:.0f}× faster |"
        )
        reference_only = base / "reference-only"
        generate(reference_only, REFERENCE_RUN, only_reference=True)
        start = time.perf_counter()
        subprocess.run(
            [cli, "batch", str(reference_only), "--db", str(base / "ref.sqlite"), "--workers", "2"],
            capture_output=True,
            check=False,
        )
        per_notice = (time.perf_counter() - start) / REFERENCE_RUN
        lines.append(
            f"| 10,000 reference-sized notices (27 kB, 86 tasks), 2 workers, extrapolated from "
            f"{REFERENCE_RUN} | {1 / per_notice:.1f} | {10_000 * per_notice / 60:.1f} min | | | |"
        )
    return lines


def reader_lines(repeat: int) -> list[str]:
    """PDF pages/s and spreadsheet rows/s next to the text reader on the same notice: the q1 twins of
    tests/fixtures (one invented notice as .txt, .docx, .pdf, .xlsx, .xls and .ods; 22 task rows, the
    PDF three pages) and q2 (the same plan as wrapped text in a PDF, three pages)."""
    from lishan_plan import parse_bytes

    fixtures = ROOT / "tests" / "fixtures"
    inputs = {kind: (fixtures / f"q1_qingyi_twins_{kind}.{kind}").read_bytes() for kind in TWIN_KINDS}
    inputs["text-pdf"] = (fixtures / "q2_qingyi_text_plan_pdf.pdf").read_bytes()
    timings: dict[str, float] = {}
    for kind, data in inputs.items():
        name = "n.pdf" if kind == "text-pdf" else f"n.{kind}"
        try:
            timings[kind] = median_seconds(lambda data=data, name=name: parse_bytes(data, name), repeat)
        except Exception as error:  # an extra is not installed
            return ["", f"(readers not measured: {type(error).__name__}: {error})"]
    text = timings["txt"]
    rows = [
        "",
        f"| reader (the same notice, 22 tasks) | median | per unit | ratio to the text reader ({text * 1000:.1f} ms) |",
        "|---|---|---|---|",
    ]
    for kind, label, units, unit in (
        ("pdf", "PDF, the plan as a ruled table", 3, "pages"),
        ("text-pdf", "PDF, the plan as wrapped text", 3, "pages"),
        ("docx", "Word .docx", 22, "rows"),
        ("xlsx", "spreadsheet .xlsx", 22, "rows"),
        ("xls", "spreadsheet .xls", 22, "rows"),
        ("ods", "spreadsheet .ods", 22, "rows"),
    ):
        seconds = timings[kind]
        rows.append(f"| {label} | {seconds * 1000:.1f} ms | {units / seconds:.0f} {unit}/s | {seconds / text:.1f}× |")
    return rows


TWIN_KINDS = ("txt", "pdf", "docx", "xlsx", "xls", "ods")


def run(repeat: int) -> list[str]:
    from lishan_plan import parse_text

    text = REFERENCE.read_text("utf-8")
    megabytes = len(text.encode("utf-8")) / 1e6
    parse_time = median_seconds(lambda: parse_text(text, str(REFERENCE)), repeat)
    floor_time = median_seconds(lambda: regex_floor(text), repeat)
    cli = [str(Path(sys.executable).with_name("lishan-plan")), "parse", str(REFERENCE)]
    with tempfile.TemporaryDirectory() as patterns:
        cli_time = cold(cli, max(5, repeat // 4), {"LISHAN_PLAN_CACHE_DIR": patterns})
        uncached_time = cold(cli, max(5, repeat // 4), {"LISHAN_PLAN_NO_CACHE": "1"})
    import_time = cold([sys.executable, "-c", "import pydantic, typer"], max(5, repeat // 4))
    from bare_reader import bare_read

    bare_time = median_seconds(lambda: bare_read(text), repeat)
    compared = baseline_ratio(max(3, repeat // 8))
    lines = [
        "| measure | median | baseline (same run) | ratio |",
        "|---|---|---|---|",
        f"| parse the reference notice ({megabytes * 1000:.0f} kB, 86 tasks), in process | "
        f"{parse_time * 1000:.1f} ms ({megabytes / parse_time:.2f} MB/s) | regex floor {floor_time * 1000:.1f} ms "
        f"({megabytes / floor_time:.2f} MB/s) | {parse_time / floor_time:.1f}× |",
        f"| the same, against the frozen bare reader (benchmarks/bare_reader.py) | {parse_time * 1000:.1f} ms | "
        f"bare reader {bare_time * 1000:.2f} ms | {parse_time / bare_time:.0f}× |",
        *(
            [
                f"| the same, against commit {BASELINE} (own processes, alternating, median of rounds) | "
                f"{compared[1]:.1f} ms | {BASELINE} {compared[0]:.1f} ms | {compared[2]:.2f}× faster |"
            ]
            if compared
            else []
        ),
        f'| `lishan-plan parse` cold, wall time | {cli_time * 1000:.0f} ms | `python -c "import pydantic, typer"` '
        f"{import_time * 1000:.0f} ms | {cli_time / import_time:.1f}× |",
        f"| the same with no compiled patterns kept (a machine's first run, or LISHAN_PLAN_NO_CACHE=1) | "
        f"{uncached_time * 1000:.0f} ms | the same {import_time * 1000:.0f} ms | {uncached_time / import_time:.1f}× |",
    ]
    lines += reader_lines(repeat)
    lines.append(memory_line())
    lines.append(bomb_refusal(repeat))
    small, large = adversarial(1_000_000), adversarial(10_000_000)
    small_time = median_seconds(lambda: parse_text(small), 3)
    large_time = median_seconds(lambda: parse_text(large), 1)
    lines.append(
        f"| adversarial input, 1 MB → 10 MB | {small_time:.2f} s → {large_time:.2f} s | linear would be 10× | "
        f"{large_time / small_time:.1f}× |"
    )
    lines += batch_lines(BATCH_SIZES)
    lines += ["", "| adversarial shape | 1 MB | 10 MB | growth (linear: 10×) |", "|---|---|---|---|"]
    for name, unit in SHAPES:
        one, ten = shape_growth(unit)
        lines.append(f"| {name} | {one:.2f} s | {ten:.2f} s | {ten / one:.1f}× |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--record", action="store_true", help="also write benchmarks/RESULTS.md")
    options = parser.parse_args()
    lines = run(options.repeat)
    print("\n".join(lines))
    if options.record:
        results = ROOT / "benchmarks" / "RESULTS.md"
        header = (
            "# Benchmark results\n\n"
            "Medians from `make bench` on the shared 2-core machine; the ratios are what to compare.\n\n"
            "Shapes that create hundreds of thousands of model objects (one long unit list, repeated\n"
            "conventions) grow somewhat faster than 10x: that is CPython's cyclic garbage collector walking\n"
            "the live objects. With `gc.disable()` the same inputs take twice as long for twice the size.\n\n"
        )
        results.write_text(header + "\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
