"""A corpus of generated notices for the batch benchmark: the bundled notice and our fixtures, varied
(task numbers shifted, unit lists rotated, some turned from block lines into inline brackets) so that
no two documents are the same bytes. Deterministic: the same count gives the same files."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"\n+牵头单位[:：]([^\n]*)\n+责任单位[:：]([^\n]*)")
UNIT_LIST = re.compile(r"(责任单位[:：])([^\n]*)")


def variants(only_reference: bool = False) -> list[str]:
    sources = [ROOT / "data" / "raw" / "lishan-2023.txt"]
    if not only_reference:
        sources += sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    texts = []
    for path in sources:
        try:
            texts.append(path.read_text("utf-8"))
        except UnicodeDecodeError:
            continue  # the GB18030 / UTF-16 fixtures: the UTF-8 ones are plenty
    return texts


def vary(text: str, number: int, rng: random.Random) -> str:
    def rotate(match: re.Match[str]) -> str:
        units = match[2].split("、")
        shift = rng.randrange(len(units))
        return match[1] + "、".join(units[shift:] + units[:shift])

    text = UNIT_LIST.sub(rotate, text)
    if number % 3 == 0:  # another layout: block lines folded into an inline bracket
        text = BLOCK.sub(lambda match: f"（牵头单位：{match[1]}；责任单位：{match[2]}）", text)
    return text + f"\n（编号 {number}）\n"


def generate(folder: Path, count: int, seed: int = 2026, *, only_reference: bool = False) -> list[Path]:
    rng = random.Random(seed)
    texts = variants(only_reference)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number // 1000:02d}" / f"notice-{number:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(vary(texts[number % len(texts)], number, rng), "utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]))
