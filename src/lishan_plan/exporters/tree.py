"""Tree exports: the whole Notice as JSON or YAML, keys in model order."""

from __future__ import annotations

import json

import yaml

from ..model import Notice


def notice_data(notice: Notice) -> dict[str, object]:
    return notice.model_dump(mode="json")


def render_json(notice: Notice) -> str:
    return json.dumps(notice_data(notice), ensure_ascii=False, indent=2) + "\n"


class _Dumper(yaml.SafeDumper):
    """The safe dumper, with long strings kept on one line (a wrapped task text is hard to diff)."""


def render_yaml(notice: Notice) -> str:
    return yaml.dump(
        notice_data(notice),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )
