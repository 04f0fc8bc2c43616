"""Issue 16's words in Russian where the command line and model/ show them (the catalogue the CLI loads)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gui import translation
from model import i18n
from model.reads.queries import LastChange
from model.reads.saved_searches import SavedSearch


@pytest.fixture
def russian() -> Iterator[None]:
    assert translation.install_for_command_line("ru")
    yield
    i18n.install(None)


def test_last_change_and_saved_search_owner_read_russian(russian: None) -> None:
    assert LastChange("anna", "2016-07-26T09:30:00Z").words() == "Последнее изменение: anna, 26 июля 2016, 09:30 UTC"
    shared = SavedSearch("ARF", "forum:arf", "2026-12-04", owner="anna", shared=True, mine=False)
    assert shared.label() == "ARF (общий, от anna)"


def test_english_is_unchanged() -> None:
    assert LastChange("anna", "2016-07-26T09:30:00Z").words() == "Last changed by anna on 26 Jul 2016, 09:30 UTC"
    shared = SavedSearch("ARF", "forum:arf", "2026-12-04", owner="anna", shared=True, mine=False)
    assert shared.label() == "ARF (shared by anna)"
