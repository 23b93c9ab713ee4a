"""Tree exports: the whole Notice as JSON or YAML, keys in model order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic_core import to_json

from ..model import Node, Notice, node_data


def notice_data(notice: Notice) -> dict[str, object]:
    data: dict[str, object] = node_data(notice)
    return data


def json_text(data: Any, *, indent: int | None = None) -> str:
    """Plain data as JSON by pydantic-core's writer, the one `model_dump_json` uses."""
    return to_json(data, indent=indent).decode()


def node_json(node: Node, *, indent: int | None = None) -> str:
    """A node's JSON. Once pydantic has built the class's serializer (a batch builds it once for all its
    documents, `build_serializers`), pydantic-core writes the node straight from the model, about three
    times as fast (1.3 against 3.9 ms for the reference notice); until then the node's `node_data` is
    written, so a single parse never pays the 20–30 ms of building it. A test checks that both give the
    same text on every fixture."""
    if type(node).__pydantic_complete__:
        return node.model_dump_json(indent=indent)
    return json_text(node_data(node), indent=indent)


def render_json(notice: Notice) -> str:
    """The same text as json.dumps(indent=2, ensure_ascii=False) of the model's data (a test checks it)."""
    return node_json(notice, indent=2) + "\n"


# The lists written item by item: a notice's sections, tasks, furniture, findings and registry, a
# section's subsections and tasks, a subsection's tasks.
_STREAMED = ("sections", "subsections", "tasks", "noise", "unplaced", "diagnostics", "units")


def stream_json(notice: Notice) -> Iterator[str]:
    """The text of `render_json` in pieces, each task serialised on its own: a large notice is written
    without its whole JSON text (and that text's bytes) in memory at once. Joined, the pieces are
    byte for byte `render_json` (a test checks it on every fixture)."""
    for piece in _line_groups(notice):
        yield piece
        yield "\n"


def _line_groups(model: Node) -> Iterator[str]:
    """The model's JSON as groups of whole lines, to be joined by line breaks. A list of `_STREAMED`
    is left empty in the JSON of the model's shell, which says where the list stands (a key of the
    object itself is indented by two spaces, and no string holds a raw line break); its items are
    written in turn, four spaces in."""
    lists = [name for name in _STREAMED if getattr(model, name, None)]
    if not lists:
        yield node_json(model, indent=2)
        return
    data = {name: [] if name in lists else node_data(getattr(model, name)) for name in type(model).model_fields}
    shell = json_text(data, indent=2)
    openings = sorted((shell.index(f'\n  "{name}": []') + len(f'\n  "{name}": ['), name) for name in lists)
    position, closing = 0, ""
    for opening, name in openings:
        yield closing + shell[position:opening]
        items: list[Node] = getattr(model, name)
        for order, item in enumerate(items):
            groups = ["    " + group.replace("\n", "\n    ") for group in _line_groups(item)]
            if order + 1 < len(items):
                groups[-1] += ","
            yield from groups
        position, closing = opening, "  "  # the list's ] on a line of its own
    yield closing + shell[position:]


def render_yaml(notice: Notice) -> str:
    """YAML with the safe dumper, long strings kept on one line (a wrapped task text is hard to diff).
    PyYAML is imported here, when YAML is asked for: a JSON run does not pay for it."""
    import yaml

    return yaml.dump(
        notice_data(notice),
        Dumper=yaml.SafeDumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )
