"""Pair the tasks of two notices.

Similarity is difflib's ratio over the task texts with whitespace and punctuation folded away (the
same measure the standard library's SequenceMatcher gives: 2 × matches / total length, 0 to 1). A pair
needs at least `threshold` (default 0.6: a reworded task keeps most of its words; two different
tasks of one plan rarely share more than half). Tasks with the same id and similar text pair first;
the rest are assigned by the Hungarian method, which maximises the total similarity (a greedy choice
can take a task's best partner from another task that has no second choice).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from ..grammar.compiled import compile_pattern
from ..model import Task

DEFAULT_THRESHOLD = 0.6
# What the similarity ignores: spacing, punctuation of either width, brackets.
NOISE = compile_pattern(r"[\s\p{P}]+")


def folded(text: str) -> str:
    return NOISE.sub("", text)


def similarity(old: str, new: str) -> float:
    """difflib's ratio of the folded texts (1.0 for texts that differ only in spacing and punctuation)."""
    a, b = folded(old), folded(new)
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < DEFAULT_THRESHOLD / 2 or matcher.quick_ratio() < DEFAULT_THRESHOLD / 2:
        return 0.0
    return matcher.ratio()


def hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """For a cost matrix with rows ≤ columns, the column assigned to each row at least total cost."""
    rows, columns = len(cost), len(cost[0]) if cost else 0
    infinity = float("inf")
    u, v = [0.0] * (rows + 1), [0.0] * (columns + 1)
    way, match = [0] * (columns + 1), [0] * (columns + 1)
    for row in range(1, rows + 1):
        match[0], column0 = row, 0
        minimum, used = [infinity] * (columns + 1), [False] * (columns + 1)
        while True:
            used[column0] = True
            row0, delta, column1 = match[column0], infinity, 0
            for column in range(1, columns + 1):
                if used[column]:
                    continue
                current = cost[row0 - 1][column - 1] - u[row0] - v[column]
                if current < minimum[column]:
                    minimum[column], way[column] = current, column0
                if minimum[column] < delta:
                    delta, column1 = minimum[column], column
            for column in range(columns + 1):
                if used[column]:
                    u[match[column]] += delta
                    v[column] -= delta
                else:
                    minimum[column] -= delta
            column0 = column1
            if match[column0] == 0:
                break
        while column0:
            column1 = way[column0]
            match[column0] = match[column1]
            column0 = column1
    assignment = [-1] * rows
    for column in range(1, columns + 1):
        if match[column]:
            assignment[match[column] - 1] = column - 1
    return assignment


def match_tasks(
    old: list[Task], new: list[Task], threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[int | None, int | None, float]]:
    """(old index, new index, similarity) for every task: pairs, then removed (new None) and added
    (old None), in the new notice's order with removed tasks after their old neighbours."""
    pairs: dict[int, tuple[int, float]] = {}
    by_id = {task.id: index for index, task in enumerate(new)}
    for index, task in enumerate(old):
        other = by_id.get(task.id)
        if other is not None and (score := similarity(task.text, new[other].text)) >= threshold:
            pairs[index] = (other, score)
    taken = {other for other, _ in pairs.values()}
    rest_old = [index for index in range(len(old)) if index not in pairs]
    rest_new = [index for index in range(len(new)) if index not in taken]
    if rest_old and rest_new:
        scores = [[similarity(old[a].text, new[b].text) for b in rest_new] for a in rest_old]
        transpose = len(rest_old) > len(rest_new)
        matrix = [list(column) for column in zip(*scores, strict=True)] if transpose else scores
        assignment = hungarian([[1.0 - score for score in row] for row in matrix])
        for row, column in enumerate(assignment):
            if column < 0:
                continue
            a, b = (rest_old[column], rest_new[row]) if transpose else (rest_old[row], rest_new[column])
            score = scores[rest_old.index(a)][rest_new.index(b)]
            if score >= threshold:
                pairs[a] = (b, score)
    result: list[tuple[int | None, int | None, float]] = [(a, b, score) for a, (b, score) in pairs.items()]
    matched_new = {b for _, (b, _) in pairs.items()}
    result += [(a, None, 0.0) for a in range(len(old)) if a not in pairs]
    result += [(None, b, 0.0) for b in range(len(new)) if b not in matched_new]
    return sorted(result, key=lambda item: (item[1] if item[1] is not None else _after(item[0], pairs), item[0] or 0))


def _after(old_index: int | None, pairs: dict[int, tuple[int, float]]) -> float:
    """Where a removed task sorts in the new order: just after the new place of its old predecessor."""
    before = [b for a, (b, _) in pairs.items() if old_index is not None and a < old_index]
    return (max(before) if before else -1) + 0.5
