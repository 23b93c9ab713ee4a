"""make fuzz: a long property run, then coverage-guided fuzzing with atheris (the fuzz extra).

Every input must parse without an exception other than InputError (a clear "not a notice" error),
lose no line, keep every span inside the text, and round-trip through JSON. FUZZ_SECONDS (default
300) is split between the hypothesis run and atheris; crashes are written to benchmarks/crashes/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def seeds() -> list[Path]:
    """Real notices as the starting corpus: the reference, the shared corpus and our fixtures."""
    found = [ROOT / "data" / "raw" / "lishan-2023.txt"]
    found += sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    found += sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    return [path for path in found if path.exists()]


def test_one_input(data: bytes) -> None:
    from lishan_plan import parse_bytes
    from lishan_plan.errors import InputError
    from lishan_plan.read import read_input
    from properties import check_notice

    try:
        notice = parse_bytes(data, "fuzz.txt")
    except InputError:
        return
    check_notice(notice, read_input(data, "fuzz.txt", path="fuzz.txt", encoding=None, input_format=None).text)


def run_atheris(seconds: int) -> int:
    import atheris

    with atheris.instrument_imports(include=["lishan_plan"]):
        import lishan_plan.pipeline  # noqa: F401  (instrumented for coverage feedback)
    with tempfile.TemporaryDirectory() as corpus:
        for path in seeds():
            (Path(corpus) / path.name).write_bytes(path.read_bytes())
        crashes = ROOT / "benchmarks" / "crashes"
        crashes.mkdir(exist_ok=True)
        arguments = [
            sys.argv[0],
            corpus,
            f"-max_total_time={seconds}",
            f"-artifact_prefix={crashes}/",
            "-max_len=65536",
            "-timeout=20",
            "-print_final_stats=1",
        ]
        atheris.Setup(arguments, test_one_input)
        atheris.Fuzz()
    return 0


def main() -> int:
    seconds = int(os.environ.get("FUZZ_SECONDS", "300"))
    if len(sys.argv) > 1 and sys.argv[1] == "--atheris":
        return run_atheris(int(sys.argv[2]))
    started = time.monotonic()
    property_seconds = seconds // 2
    print(f"hypothesis: property tests with the fuzz profile for about {property_seconds} s")
    deadline = started + property_seconds
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/test_properties.py",
                "--timeout=0",
                "--hypothesis-profile=fuzz",
                f"--hypothesis-seed={rounds}",
            ],
            cwd=ROOT,
            check=False,
        )
        if result.returncode != 0:
            return result.returncode
    print(f"hypothesis: {rounds} rounds clean")
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed (pip install -e '.[fuzz]'); skipping coverage-guided fuzzing")
        return 0
    remaining = max(10, seconds - int(time.monotonic() - started))
    print(f"atheris: coverage-guided fuzzing for {remaining} s")
    return subprocess.run([sys.executable, __file__, "--atheris", str(remaining)], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
