from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The tests (and the commands they run) keep compiled patterns in a folder of their own, never in the user's cache.
TEST_CACHE = tempfile.mkdtemp(prefix="lishan-plan-test-cache-")
os.environ["LISHAN_PLAN_CACHE_DIR"] = TEST_CACHE
atexit.register(shutil.rmtree, TEST_CACHE, ignore_errors=True)

settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fuzz", max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# CI sets this, so a test that needs ../shared fails there instead of skipping.
REQUIRE_SHARED = os.environ.get("LISHAN_REQUIRE_SHARED") == "1"


def shared_folder(name: str) -> Path:
    """A folder of ../shared (the project's sibling test data). A user's clone has none: tests that
    need it are skipped with the reason, unless LISHAN_REQUIRE_SHARED=1 (set by .ci/run)."""
    folder = SHARED / name
    if not folder.is_dir():
        reason = f"{folder} is absent: ../shared is the project's sibling test data, not part of a clone"
        if REQUIRE_SHARED:
            pytest.fail(reason + " (LISHAN_REQUIRE_SHARED=1)", pytrace=False)
        pytest.skip(reason, allow_module_level=True)
    return folder


@pytest.fixture(scope="session")
def reference_path() -> str:
    return "data/raw/lishan-2023.txt"


@pytest.fixture(autouse=True)
def _run_from_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths in outputs are recorded as given: run every test from the repository root."""
    monkeypatch.chdir(ROOT)
