"""The typed document model: the public JSON contract of lishan-plan.

Every node and every unit carries a `Span` back into the decoded text, so a reader (or the later HTML
report and diff) can always point at the characters a value came from. The model holds data only:
no parsing logic, no regexes (see build.py and units.py for how it is filled).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticUndefined

Script = Literal["simplified", "traditional"]


class Node(BaseModel):
    """Every node of the model: no extra keys, and one set of field names shared by a class's instances.

    pydantic keeps, per instance, the set of fields the caller passed (`model_fields_set`), which is about
    half of a parsed notice's memory (a 216-byte set on each of thousands of spans and units). The parser
    always builds complete nodes and nothing here reads that set (no `exclude_unset`), so every instance of
    a class shares one set naming all its fields: `model_fields_set` is always every field.

    pydantic's validators and serializers are built when first used (`defer_build`), not when the module
    is imported: building them for every class took a quarter of a cold `lishan-plan parse`, and a parse
    needs neither. The parser makes its nodes with `trusted` (its values are typed by construction and
    mypy checks them) and the exporters write them with `node_data`; pydantic validates what a user
    builds or loads (`Task(...)`, `Notice.model_validate_json`), and a test proves both ways give the
    same JSON for every fixture.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)
    _every_field: ClassVar[set[str]] = set()
    # Each field's name with its default, or with the factory making it, or with neither when it is required
    _field_defaults: ClassVar[tuple[tuple[str, object, Callable[[], object] | None], ...]] = ()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._every_field = set(cls.model_fields)
        cls._field_defaults = tuple(
            (name, field.default, field.default_factory)  # type: ignore[misc]  # factories here take no data
            for name, field in cls.model_fields.items()
        )

    def model_post_init(self, context: Any, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", self._every_field)

    @classmethod
    def _trusted(cls, **values: object) -> Any:
        """A node from values the parser built: defaults filled in, nothing validated or copied."""
        fields: dict[str, object] = {}
        given = 0
        for name, default, factory in cls._field_defaults:
            if name in values:
                fields[name] = values[name]
                given += 1
            elif factory is not None:
                fields[name] = factory()
            elif default is PydanticUndefined:
                raise TypeError(f"{cls.__name__}: missing {name}")
            else:
                fields[name] = default
        if given != len(values):
            raise TypeError(f"{cls.__name__}: unknown fields {sorted(values.keys() - fields.keys())}")
        node = cls.__new__(cls)
        object.__setattr__(node, "__dict__", fields)
        object.__setattr__(node, "__pydantic_fields_set__", cls._every_field)
        object.__setattr__(node, "__pydantic_extra__", None)
        object.__setattr__(node, "__pydantic_private__", None)
        return node


NodeT = TypeVar("NodeT", bound=Node)

if TYPE_CHECKING:

    def trusted(cls: type[NodeT]) -> type[NodeT]:
        """For mypy, the class itself: a call to `trusted(Task)(...)` is checked against Task's fields."""
        return cls

else:

    def trusted(cls):
        """`trusted(Task)(id=…, …)`: a Task the parser built, not validated (see `Node`)."""
        return cls._trusted


def build_serializers() -> None:
    """Build pydantic's validators and serializers for a notice and a task now, not when first used: for a
    process that writes many notices (a batch), whose JSON pydantic-core then writes from the model."""
    for cls in (Notice, Task):
        cls.model_rebuild()  # a no-op once built


def node_data(value: object) -> Any:
    """The JSON data of a node, a list or a plain value, as `model_dump(mode="json")` gives it, without
    building pydantic's serializer: keys in field order, enums as their values."""
    if isinstance(value, Node):
        fields = value.__dict__
        return {name: node_data(fields[name]) for name, _, _ in value._field_defaults}
    if isinstance(value, list):
        return [node_data(item) for item in value]
    if isinstance(value, StrEnum):
        return value.value
    return value


class Span(Node):
    """Where a node lies in the decoded text (BOM removed, line breaks kept)."""

    start_line: int = Field(description="First line, 1-based.")
    end_line: int = Field(description="Last line, 1-based and inclusive.")
    start: int = Field(description="Character offset of the first character, 0-based.")
    end: int = Field(description="Character offset just past the last character (exclusive, as a Python slice).")


class UnitKind(StrEnum):
    """What kind of body a unit is (docs/units.md gives the rules; what no rule covers is unknown)."""

    DEPARTMENT = "department"
    COLLECTIVE = "collective"
    LOWER_GOVERNMENT = "lower_government"
    ENTERPRISE = "enterprise"
    UPPER_LEVEL = "upper_level"
    MASS_ORGANISATION = "mass_organisation"
    PERSON = "person"
    UNKNOWN = "unknown"


class Unit(Node):
    """One organisation named in a role list (牵头单位, 责任单位, 配合单位 …)."""

    raw: str = Field(description="The unit as printed; fragments broken across lines or cells joined in order.")
    name: str = Field(
        description="The name derived from `raw`: trimmed, wraps joined, scope note and 等 tail removed, "
        "in simplified characters."
    )
    scope: str | None = Field(
        default=None, description="A parenthetical note narrowing a complete name, e.g. 闲置厂房 in 区工信局(闲置厂房)."
    )
    etc: bool = Field(default=False, description="True when a 等 / 等有关单位 tail leaves the list open.")
    canonical: str = Field(
        default="",
        description="(1.1) The standard full name: short forms expanded with the unit's own level prefix "
        "(区发改局 → 区发展和改革局), a prefix the list elided restored (县农业农村局、财政局 → 县财政局).",
    )
    restored: bool = Field(
        default=False, description="(1.1) True when `canonical` restores a prefix the printed list elided."
    )
    kind: UnitKind = Field(default=UnitKind.UNKNOWN, description="(1.1) What kind of body the unit is.")
    span: Span = Field(description="From the unit's first to its last printed character.")


class Leader(Node):
    """A leader (a person or a post) named for a task: 牵头领导, 责任领导, 分管县领导 …"""

    name: str = Field(description="The person or post, with padding spaces inside a short name removed.")
    label: str | None = Field(description="The label as written (牵头领导, 分管县领导 …), or null when implied.")
    span: Span = Field(description="Where the name is printed.")


class DeadlineKind(StrEnum):
    DATE = "date"
    PERIOD = "period"
    ONGOING = "ongoing"


class Deadline(Node):
    """A completion deadline given as a field, a table cell or a trailing phrase."""

    raw: str = Field(
        description="The phrase as printed, without its label or brackets (in simplified characters when the "
        "notice is in traditional script, as unit names are)."
    )
    date: str | None = Field(
        description="The last day the phrase allows (ISO 8601), when it names one; null for ongoing work."
    )
    kind: DeadlineKind = Field(
        description="date: a fixed day; period: a range or 全年/年内; ongoing: 长期坚持/持续推进."
    )
    span: Span = Field(description="Where the phrase is printed.")


class TextBlock(Node):
    """A piece of running text: notice text, plan title, preamble, a note."""

    text: str = Field(description="The text; lines of one paragraph joined, paragraphs separated by a newline.")
    span: Span = Field(description="The lines the text covers.")


class Note(Node):
    """Text attached to a task or heading that is neither task text nor a unit list."""

    label: str | None = Field(default=None, description="The label or column header it came with (备注, 注), if any.")
    text: str = Field(description="The note's text.")
    span: Span = Field(description="Where the note is printed.")


class SubItem(Node):
    """A sub-item inside a task ((1), ①, ▲, △): part of the task, never a task or a unit list."""

    label: str = Field(description="The marker as printed: (1), ①, ▲ …")
    text: str = Field(description="The item's text after its marker.")
    span: Span = Field(description="Where the item is printed.")


class Topic(Node):
    """An unnumbered heading between tasks (——推动制造业提质增效, or a bold line)."""

    title: str = Field(description="The heading text without dashes.")
    span: Span = Field(description="The heading line.")


class ConventionKind(StrEnum):
    FIRST_LISTED_LEADS = "first-listed-leads"
    RESPONSIBLE_LEADS = "responsible-leads"
    EACH_LEADS = "each-leads"
    MARKED_LEADS = "marked-leads"
    FORWARD_NOTE = "forward-note"


class Target(Node):
    """(1.1) A quantitative target in a task's text: 地区生产总值增长6.2%左右."""

    value: float = Field(description="The figure: 6.2.")
    unit: str | None = Field(description="What it counts: %, 个百分点, 亿元, 万平, 微克/立方米, 天 …")
    qualifier: str | None = Field(default=None, description="左右, 以上, 以内, 不低于, 力争, 超过, 突破 …")
    metric: str | None = Field(default=None, description="The phrase the figure measures: 地区生产总值增长.")
    raw: str = Field(description="The figure, its unit and its qualifier as printed: 6.2%左右.")
    span: Span = Field(description="Where the figure is printed.")


class Task(Node):
    """A numbered task with its units, leaders and deadline."""

    id: str = Field(
        description='Dotted path: section number, subsection number where there is one, task number ("2.3.15", '
        '"1.7"; a table\'s 序号 merged over tasks numbered in their cells stands before their numbers: "1.2.1"); '
        "unique within the notice, a repeated path gets a suffix -2, -3 …"
    )
    number: int | None = Field(
        description="The printed number as an integer: １２． → 12, （十一） → 11; (1.2) null for a task printed "
        "without one, a paragraph closed by its units (…。（X牵头，Y按职责分工负责）)."
    )
    label: str = Field(description="The number marker as printed: 12., （十一）, 3、 or a 序号 cell; empty when none.")
    text: str = Field(description="The task text after its number, without a trailing unit bracket.")
    topic: str | None = Field(default=None, description="The topic heading the task stands under, if any.")
    lead_units: list[Unit] = Field(default_factory=list, description="Lead units (牵头单位), in printed order.")
    responsible_units: list[Unit] = Field(
        default_factory=list, description="Responsible units (责任单位), in printed order."
    )
    cooperating_units: list[Unit] = Field(
        default_factory=list, description="Co-operating units (配合单位, 协办单位, 按职责分工负责 …), in printed order."
    )
    leaders: list[Leader] = Field(default_factory=list, description="Leaders named for the task, in printed order.")
    deadline: Deadline | None = Field(default=None, description="The deadline, when the task gives one as a field.")
    targets: list[Target] = Field(default_factory=list, description="(1.1) Quantitative targets in the task's text.")
    items: list[SubItem] = Field(default_factory=list, description="Sub-items inside the task.")
    notes: list[Note] = Field(default_factory=list, description="Notes inside the unit bracket or extra table cells.")
    conventions: list[ConventionKind] = Field(
        default_factory=list,
        description="Kinds of the notice's stated conventions that changed this task's roles "
        "(first-listed-leads, responsible-leads, marked-leads, forward-note).",
    )
    span: Span = Field(description="From the task's first line to its last unit or sub-item line.")

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 24 else self.text[:23] + "…"
        lead = [unit.name for unit in self.lead_units]
        deadline = self.deadline.raw if self.deadline else None
        return f"Task(id={self.id!r}, text={text!r}, lead={lead!r}, deadline={deadline!r})"

    __str__ = __repr__


class Subsection(Node):
    """A subsection （一） inside a section."""

    label: str = Field(description="The numeral alone: 一.")
    number: int = Field(description="The numeral as an integer.")
    title: str = Field(description="The heading text after the numeral.")
    span: Span = Field(description="The whole subsection: heading and tasks.")
    heading_span: Span = Field(description="The heading line(s).")
    topics: list[Topic] = Field(default_factory=list, description="Unnumbered topic headings inside it.")
    notes: list[Note] = Field(default_factory=list, description="Running text under the heading before its tasks.")
    tasks: list[Task] = Field(default_factory=list, description="The tasks, in printed order.")


class Section(Node):
    """A section 一、 of the plan."""

    label: str = Field(description="The numeral alone: 一.")
    number: int = Field(description="The numeral as an integer.")
    title: str = Field(description="The heading text after the numeral.")
    span: Span = Field(description="The whole section.")
    heading_span: Span = Field(description="The heading line(s).")
    topics: list[Topic] = Field(default_factory=list, description="Unnumbered topic headings directly in it.")
    notes: list[Note] = Field(default_factory=list, description="Running text under the heading before its tasks.")
    subsections: list[Subsection] = Field(default_factory=list, description="The subsections, in printed order.")
    tasks: list[Task] = Field(
        default_factory=list, description="Tasks placed directly under the section (when it has no subsection)."
    )


class Requirement(Node):
    """A closing requirement: 一是加强组织领导。… or a numbered point of the closing part (1.加强组织领导。…)."""

    label: str = Field(description="The ordinal as printed: 一是, 1., 三、.")
    title: str = Field(description="The requirement's lead sentence, up to its first 。")
    text: str = Field(description="The whole requirement text after the ordinal.")
    span: Span = Field(description="Where it is printed.")


class Closing(Node):
    """What follows the last task: closing paragraphs and requirements."""

    text: str = Field(description="Closing paragraphs that are not numbered requirements, one per line.")
    span: Span = Field(description="The whole closing.")
    requirements: list[Requirement] = Field(default_factory=list, description="一是 … 二是 … requirements.")


class Meta(Node):
    """Header facts of the notice."""

    letterhead: str | None = Field(default=None, description="The red-head line, e.g. 鞍山市立山区人民政府文件.")
    issuer: str | None = Field(default=None, description="The body that signs the notice, as printed.")
    doc_number: str | None = Field(default=None, description="The document number as printed: 鞍立政发〔2023〕2号.")
    title: str | None = Field(default=None, description="The notice title, lines joined and stray spaces removed.")
    recipients: list[str] = Field(default_factory=list, description="Addressees from the line ending in ：")
    date: str | None = Field(default=None, description="The signature date, ISO 8601.")
    publication: str | None = Field(default=None, description="The publication mark, e.g. 此件公开发布.")
    attachments: list[str] = Field(default_factory=list, description="Attachment titles listed after 附件：")
    span: Span | None = Field(default=None, description="The header block: front matter up to the publication mark.")


class NoiseKind(StrEnum):
    PAGE_NUMBER = "page-number"
    RUNNING_HEADER = "running-header"
    TABLE_RULE = "table-rule"
    TABLE_HEADER = "table-header"
    PAGE_CHROME = "page-chrome"
    MARKER = "marker"
    IMPRINT = "imprint"


class Noise(Node):
    """A line recognised as furniture rather than content."""

    kind: NoiseKind = Field(description="What kind of furniture the line is.")
    text: str = Field(description="The line as printed.")
    span: Span = Field(description="The line.")


class Convention(Node):
    """A reading rule the notice states about its own lists, applied by the parser."""

    kind: ConventionKind = Field(description="Which rule it is.")
    text: str = Field(description="The sentence that states it.")
    span: Span = Field(description="Where it is stated.")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Finding(Node):
    """One validation finding, positioned like a linter message."""

    code: str = Field(description="Stable rule code, e.g. LP101.")
    name: str = Field(description="Stable kebab-case rule name.")
    severity: Severity = Field(description="error, warning or info.")
    message: str = Field(description="Human-readable message.")
    file: str | None = Field(description="The source path as given, or null for text parsed from memory.")
    line: int = Field(description="1-based line.")
    column: int = Field(description="1-based column.")
    end_line: int = Field(description="1-based last line.")
    task_id: str | None = Field(default=None, description="The task the finding concerns, if any.")
    excerpt: str = Field(description="The source line the finding points at, trimmed.")
    offset: int = Field(description="Character offset of the position in the decoded text.")


class Source(Node):
    """Where the notice came from."""

    path: str | None = Field(description="The path as given, '-' for stdin, null for text parsed from memory.")
    sha256: str = Field(description="SHA-256 of the input bytes (of the UTF-8 text for parse_text).")
    encoding: str = Field(description="Codec the bytes were read with (utf-8, utf-8-sig, gb18030, utf-16 …, docx).")
    script: Script = Field(description="The Chinese script the notice is written in.")
    lines: int = Field(description="Number of lines in the decoded text.")


class UnitEntry(Node):
    """(1.1) One unit of the notice's registry: every task it leads, is responsible for or co-operates on."""

    canonical: str = Field(description="The unit's canonical name, the registry's key.")
    kind: UnitKind = Field(description="What kind of body it is.")
    names: list[str] = Field(description="The names it was printed as, in order of first appearance.")
    lead: list[str] = Field(description="Ids of the tasks it leads.")
    responsible: list[str] = Field(description="Ids of the tasks it is responsible for.")
    cooperating: list[str] = Field(description="Ids of the tasks it co-operates on.")
    lead_count: int = Field(description="len(lead).")
    responsible_count: int = Field(description="len(responsible).")
    cooperating_count: int = Field(description="len(cooperating).")


class Notice(Node):
    """A parsed task-decomposition notice."""

    schema_version: Literal["1.2", "1.1"] = Field(
        default="1.2",
        description="Version of this JSON contract (1.1 adds canonical, restored, kind, targets, units; 1.2 allows "
        "a null task number, so a 1.1 document still loads).",
    )
    source: Source = Field(description="Where the notice came from.")
    meta: Meta = Field(description="Header facts.")
    notice_text: TextBlock | None = Field(default=None, description="The notice's own text after the recipients.")
    plan_title: TextBlock | None = Field(default=None, description="The plan's title, lines joined.")
    preamble: TextBlock | None = Field(default=None, description="Text between the plan title and the first section.")
    conventions: list[Convention] = Field(default_factory=list, description="Reading rules the notice states.")
    sections: list[Section] = Field(default_factory=list, description="The plan's sections.")
    topics: list[Topic] = Field(default_factory=list, description="Topic headings outside any section.")
    tasks: list[Task] = Field(
        default_factory=list, description="Tasks outside any section (a plan without 一、 headings)."
    )
    closing: Closing | None = Field(default=None, description="What follows the last task.")
    noise: list[Noise] = Field(default_factory=list, description="Page furniture: footers, rules, chrome.")
    unplaced: list[TextBlock] = Field(default_factory=list, description="Lines the parser could not place.")
    diagnostics: list[Finding] = Field(default_factory=list, description="Validation findings.")
    units: list[UnitEntry] = Field(
        default_factory=list,
        description="(1.1) The registry: each canonical unit once, with its tasks by role, most leads first.",
    )

    def __repr__(self) -> str:
        path = self.source.path or "<text>"
        errors = sum(1 for finding in self.diagnostics if finding.severity is Severity.ERROR)
        return (
            f"Notice(path={path!r}, title={self.meta.title!r}, sections={len(self.sections)}, "
            f"tasks={len(self.all_tasks())}, findings={len(self.diagnostics)}, errors={errors})"
        )

    __str__ = __repr__

    @classmethod
    def parse_file(cls, *args: object, **kwargs: object) -> Notice:
        """Not pydantic's deprecated JSON loader, which would read a notice's text as JSON and fail:
        parse a notice with `lishan_plan.parse_file(path)`, load lishan-plan JSON with
        `Notice.model_validate_json(text)`."""
        raise TypeError(
            "Notice.parse_file is not a notice parser: use lishan_plan.parse_file(path) to parse a notice, "
            "or Notice.model_validate_json(text) to load lishan-plan JSON"
        )

    @classmethod
    def parse_raw(cls, *args: object, **kwargs: object) -> Notice:
        """Not a notice parser either: use `lishan_plan.parse_text(text)` or `Notice.model_validate_json`."""
        raise TypeError(
            "Notice.parse_raw is not a notice parser: use lishan_plan.parse_text(text) to parse a notice, "
            "or Notice.model_validate_json(text) to load lishan-plan JSON"
        )

    def all_tasks(self) -> list[Task]:
        """Every task in printed order, wherever it stands."""
        found = list(self.tasks)
        for section in self.sections:
            found.extend(section.tasks)
            for subsection in section.subsections:
                found.extend(subsection.tasks)
        return sorted(found, key=lambda task: task.span.start)
