"""Tree exports: the whole Notice as JSON or YAML, keys in model order."""

from __future__ import annotations

from ..model import Notice


def notice_data(notice: Notice) -> dict[str, object]:
    return notice.model_dump(mode="json")


def render_json(notice: Notice) -> str:
    """JSON straight from pydantic-core's serializer: the same text as json.dumps(indent=2,
    ensure_ascii=False) of the model's data (a test checks it), without building that data first."""
    return notice.model_dump_json(indent=2) + "\n"


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
