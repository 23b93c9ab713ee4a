"""Issue 14: the HTML report — structure (bars, links, highlights, escaping) and a real browser."""

from __future__ import annotations

import html.parser
import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from lishan_plan import Notice, parse_file, parse_text
from lishan_plan.exporters.html_report import anchor, render_report

pytest.importorskip("jinja2", reason="the report extra is not installed: pip install 'lishan-plan[report]'")

REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"
TABLE_NOTICE = ROOT / "tests" / "fixtures" / "c1_yuanmei_tab_table.txt"


class Page(html.parser.HTMLParser):
    """Ids, links, chart groups, highlights and script/style blocks of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.bars: list[dict[str, str]] = []
        self.marks: list[tuple[str, str]] = []  # (id, text)
        self.sources: list[str] = []
        self.scripts = 0
        self._mark: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and values.get("href", "").startswith("#"):
            self.links.append(values["href"][1:])
        if tag in ("script", "link", "img", "iframe") and ("src" in values or "href" in values):
            self.sources.append(values.get("src") or values.get("href", ""))
        if tag == "script":
            self.scripts += 1
        if tag == "g" and "unit-bars" in values.get("class", ""):
            self.bars.append(values)
        if tag == "mark":
            self._mark, self._text = values["id"], []

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark, "".join(self._text)))
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._text.append(data)


def page_of(path: Path) -> tuple[Notice, str, Page]:
    notice = parse_file(path)
    text = path.read_text("utf-8")
    page = render_report(notice, text)
    parser = Page()
    parser.feed(page)
    return notice, page, parser


def test_self_contained_and_small() -> None:
    _, page, parsed = page_of(REFERENCE)
    assert len(page.encode("utf-8")) < 1_000_000
    assert parsed.sources == []  # no external script, style, font or image
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "https://" not in page


def test_one_bar_group_per_unit_with_its_counts() -> None:
    notice, _, parsed = page_of(REFERENCE)
    assert [(bar["data-unit"], int(bar["data-lead"]), int(bar["data-responsible"])) for bar in parsed.bars] == [
        (entry.canonical, entry.lead_count, entry.responsible_count) for entry in notice.units
    ]


def test_every_link_reaches_an_anchor_and_every_finding_links_its_line_and_task() -> None:
    notice, page, parsed = page_of(REFERENCE)
    assert set(parsed.links) <= parsed.ids
    for finding in notice.diagnostics:
        assert f'href="#L{finding.line}"' in page
        assert f"{anchor_of(finding.task_id)}-row" in parsed.ids


def anchor_of(task_id: str | None) -> str:
    return "task-" + (task_id or "").replace(".", "-")


def test_every_unit_and_deadline_is_highlighted_at_its_span() -> None:
    for path in (REFERENCE, TABLE_NOTICE):
        notice, _, parsed = page_of(path)
        text = path.read_text("utf-8")
        marks: dict[str, str] = {}
        for ident, piece in parsed.marks:
            marks[ident] = marks.get(ident, "") + piece  # a unit over a line break is two pieces
        for task in notice.all_tasks():
            for role in ("lead", "responsible", "cooperating"):
                for position, unit in enumerate(getattr(task, f"{role}_units")):
                    ident = f"{anchor(task)}-{role}-{position}"
                    assert marks[ident] == text[unit.span.start : unit.span.end].replace("\n", "")
            if task.deadline is not None:
                assert marks[f"{anchor(task)}-deadline"] == text[task.deadline.span.start : task.deadline.span.end]


def test_hostile_text_is_escaped() -> None:
    notice = parse_text('一、任务\n1.推进<script>alert("x")</script>工作。（<b>县发改局</b>牵头）\n')
    page = render_report(notice, '一、任务\n1.推进<script>alert("x")</script>工作。（<b>县发改局</b>牵头）\n')
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<b>县发改局" not in page


# -- in a real browser ------------------------------------------------------------------------------
CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not (CHROMIUM and DRIVER):
        if os.environ.get("LISHAN_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium or chromedriver is missing (LISHAN_REQUIRE_BROWSER=1)")
        pytest.skip("no chromium/chromedriver here: apt-get install chromium chromium-driver (.ci/run does)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    yield driver
    driver.quit()


def test_report_in_a_browser(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    notice, page, _ = page_of(REFERENCE)
    target = tmp_path / "report.html"
    target.write_text(page, "utf-8")
    browser.set_window_size(1280, 900)
    browser.get(target.as_uri())
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    requests = [entry for entry in browser.get_log("performance") if '"Network.requestWillBeSent"' in entry["message"]]
    assert all('"url":"file://' in entry["message"] or '"url":"data:' in entry["message"] for entry in requests)
    # Filtering by a lead unit leaves exactly that unit's tasks.
    Select(browser.find_element(By.ID, "f-lead")).select_by_visible_text("区商务局")
    visible = [
        row.get_attribute("id")
        for row in browser.find_elements(By.CSS_SELECTOR, "#tasks tbody tr")
        if row.is_displayed()
    ]
    leads = next(entry for entry in notice.units if entry.canonical == "区商务局").lead
    assert visible == [f"{anchor_of(task_id)}-row" for task_id in leads]
    Select(browser.find_element(By.ID, "f-lead")).select_by_index(0)
    # Clicking a finding scrolls to its source line.
    finding = browser.find_element(By.CSS_SELECTOR, "ol.findings a.to-line")
    line_id = finding.get_attribute("href").split("#", 1)[1]
    finding.click()
    assert browser.execute_script("return location.hash") == "#" + line_id
    top = browser.execute_script(f"return document.getElementById('{line_id}').getBoundingClientRect().top")
    assert -2 < top < 900  # the line is in view (sub-pixel rounding aside)
    shots = ROOT / "data" / "out"
    shots.mkdir(parents=True, exist_ok=True)
    browser.get(target.as_uri())
    browser.save_screenshot(str(shots / "report-desktop.png"))
    browser.set_window_size(390, 844)
    browser.save_screenshot(str(shots / "report-phone.png"))
    table_page = tmp_path / "table.html"
    table_page.write_text(page_of(TABLE_NOTICE)[1], "utf-8")
    browser.set_window_size(1280, 900)
    browser.get(table_page.as_uri())
    browser.save_screenshot(str(shots / "report-table-desktop.png"))
