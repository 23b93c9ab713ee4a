"""Find the documents of a batch: files as given, folders searched recursively, glob patterns."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..read import EXTENSIONS

# What a folder is searched for when no --glob is given: every input format the readers know.
INPUT_SUFFIXES = tuple(EXTENSIONS)


@dataclass(frozen=True)
class Document:
    """One input: its path, and where its outputs go relative to the output folder."""

    path: Path
    relative: Path


def find_documents(paths: list[str], pattern: str | None = None, skip: Path | None = None) -> list[Document]:
    """The documents named by `paths`, each once, in a stable order (folders sorted, files as given).
    A folder's search passes over `skip` (the output folder) when it lies below it, and over the place
    in it where the folder's outputs land, so a run never takes its own outputs of an earlier run
    (plan.txt.xlsx, plan.txt.json …) for inputs."""
    found: list[Document] = []
    seen: set[Path] = set()
    output = skip.resolve() if skip is not None else None

    def add(path: Path, relative: Path) -> None:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            found.append(Document(path, relative))

    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = sorted(path.rglob(pattern or "*"))
            # The folder's outputs land in <output>/<folder name>/…: never inputs, even when the output
            # folder is the input folder itself (then only that sub-folder is passed over).
            outputs = [] if output is None else [output / path.resolve().name]
            if output is not None and output != path.resolve():
                outputs.append(output)
            for candidate in candidates:
                if output is not None and any(candidate.resolve().is_relative_to(place) for place in outputs):
                    continue
                if candidate.is_file() and (pattern or candidate.suffix.lower() in INPUT_SUFFIXES):
                    add(candidate, Path(path.resolve().name) / candidate.relative_to(path))
        elif path.is_file():
            add(path, Path(path.name))
        elif any(char in given for char in "*?["):
            matches = sorted(glob.glob(given, recursive=True))
            for match in matches:
                matched = Path(match)
                if matched.is_file():
                    inside = not matched.is_absolute() and ".." not in matched.parts
                    add(matched, matched if inside else Path(matched.name))
            if not matches:
                raise InputError(f"{given}: the pattern matches no file")
        else:
            raise InputError(f"{given}: no such file or folder")
    return found
