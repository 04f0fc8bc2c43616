"""The Russian catalogue is complete, current with the sources, and what the app loads (the .qm) is built from it.

When one of these fails: ``python -m tests.translations update``, translate what it reports, run it again.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo

from gui import translation
from model.search.engine import SearchResult
from tests import translations as catalogue
from tests.translations import Message, messages

#: Words put in by the code: ``{name}`` for str.format, ``%n``/``%Ln`` for a plural's number, ``%1`` for Qt's arg.
_PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("language", sorted(catalogue.LANGUAGES))
def test_every_message_is_translated_with_the_words_the_code_puts_in(language: str) -> None:
    problems = []
    for m in messages(catalogue.ts_path(language)):
        where = f"{m.context}: {m.source!r}"
        if m.kind:
            problems.append(f"{where} is {m.kind}")
        elif m.numerus and len(m.forms) != 3:  # Russian: one (1, 21), few (2–4, 22–24), many (5–20, 0, 25 …)
            problems.append(f"{where} has {len(m.forms)} plural forms")
        for form in m.forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif _placeholders(form) != _placeholders(m.source):
                problems.append(f"{where}: {form!r} does not keep {_placeholders(m.source)}")
            elif _accelerators(form) != _accelerators(m.source):
                problems.append(f"{where}: {form!r} has not the source's one accelerator (&)")
    assert not problems, "\n".join(problems)


def _keys(found: list[Message]) -> set[tuple[str, str, str, bool]]:
    return {m.key for m in found}


@pytest.mark.parametrize("language", sorted(catalogue.LANGUAGES))
def test_the_catalogue_holds_exactly_the_text_marked_in_the_sources(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"fresh_{language}.ts"
    catalogue.extract(language, fresh)
    extracted, committed = _keys(messages(fresh)), _keys(messages(catalogue.ts_path(language)))
    assert extracted - committed == set(), "marked in the sources, missing from the catalogue"
    assert committed - extracted == set(), "in the catalogue, no longer in the sources"


@pytest.mark.parametrize("language", sorted(catalogue.LANGUAGES))
def test_the_compiled_catalogue_is_built_from_the_committed_one(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"summitry_{language}.qm"
    catalogue.build(catalogue.ts_path(language), built)
    assert built.read_bytes() == catalogue.qm_path(language).read_bytes()
    assert translation.catalogue(language) == built.read_bytes(), "the app reads the committed .qm as package data"


def test_lupdate_extracts_a_plural_from_model_code(tmp_path: Path) -> None:
    """model/ marks its words with Words.tr (Qt-free): lupdate finds them, with the class as the context and the
    plural as a plural, and the window's translator gives model/ its Russian forms."""
    source = tmp_path / "words.py"
    source.write_text(
        "from model.i18n import QT_TRANSLATE_NOOP, Words\n\n\n"
        "class ImportText(Words):\n"
        '    """Words."""\n\n\n'
        "KEPT = QT_TRANSLATE_NOOP('ImportText', 'Any forum')\n\n\n"
        "def counted(files: int) -> str:\n"
        "    return ImportText.tr('%n file(s)', '', files) + ImportText.tr('Done.')\n"
    )
    target = tmp_path / "words_ru.ts"
    subprocess.run([catalogue.tool("pyside6-lupdate"), "-silent", str(source), "-ts", str(target)], check=True)
    found = {(m.context, m.source, m.numerus) for m in messages(target)}
    assert found == {
        ("ImportText", "%n file(s)", True),
        ("ImportText", "Done.", False),
        ("ImportText", "Any forum", False),
    }
    engine = catalogue.ROOT / "model" / "search" / "engine.py"
    subprocess.run([catalogue.tool("pyside6-lupdate"), "-silent", str(engine), "-ts", str(target)], check=True)
    assert ("SearchText", "%Ln result(s)", True) in {(m.context, m.source, m.numerus) for m in messages(target)}


@pytest.mark.parametrize(
    ("total", "words"), [(1, "1 результат"), (3, "3 результата"), (11, "11 результатов"), (21, "21 результат")]
)
def test_model_words_follow_the_installed_language(qapp: Any, total: int, words: str) -> None:
    translation.install(qapp, "ru")
    assert SearchResult("q", (), total, False, ()).count_text == words
    assert SearchResult("q", (), 10_000, True, ()).count_text == "10\xa0000+ результатов"  # grouped the Russian way
    translation.install(qapp, "en")
    assert SearchResult("q", (), total, False, ()).count_text == ("1 result" if total == 1 else f"{total} results")


def test_qts_own_words_come_from_the_wheel(qapp: Any) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_ru.qm").is_file()
    translation.install(qapp, "ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    translation.install(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_language_without_a_catalogue_is_english(qapp: Any) -> None:
    assert translation.install(qapp, "xx") == "en"
    assert SearchResult("q", (), 2, False, ()).count_text == "2 results"


def _calls(tree: ast.AST) -> list[tuple[ast.Call, list[ast.AST]]]:
    """Every call with the nodes around it."""
    found: list[tuple[ast.Call, list[ast.AST]]] = []

    def visit(node: ast.AST, around: list[ast.AST]) -> None:
        if isinstance(node, ast.Call):
            found.append((node, around))
        for child in ast.iter_child_nodes(node):
            visit(child, [*around, node])

    visit(tree, [])
    return found


def test_marked_text_is_written_where_lupdate_finds_it() -> None:
    """lupdate reads ``X.tr(...)`` as context X, skips calls inside f-strings, and takes only literal text: a
    call it cannot read would show untranslated however complete the catalogue."""
    problems = []
    # The two modules that make the mechanism pass a context along; everything else writes its own.
    mechanism = {catalogue.ROOT / "model" / "i18n.py", catalogue.ROOT / "gui" / "translation.py"}
    sources = sorted((catalogue.ROOT / "gui").rglob("*.py")) + sorted((catalogue.ROOT / "model").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sources}
    # lupdate takes the name before ".tr" for the context, and model.i18n.Words the class's name: any class of
    # the sources (one module's words may be used by its neighbours: SearchHint by the parser and the fields).
    classes = {node.name for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    for path, tree in ((p, t) for p, t in trees.items() if p not in mechanism):
        for call, around in _calls(tree):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("tr", "translate"):
                continue
            where = f"{path.relative_to(catalogue.ROOT)}:{call.lineno}"
            if any(isinstance(node, ast.JoinedStr) for node in around):
                problems.append(f"{where}: inside an f-string")
            if name == "tr" and isinstance(func, ast.Attribute):
                owner = func.value
                if not (isinstance(owner, ast.Name) and (owner.id == "self" or owner.id in classes)):
                    problems.append(f"{where}: {ast.unparse(owner)}.tr is not self's nor a class of the sources")
            if name == "translate" and call.args and not isinstance(call.args[0], ast.Constant):
                if isinstance(func, ast.Attribute) and ast.unparse(func.value) not in ("QCoreApplication", "i18n"):
                    continue  # another object's translate (str.translate): not a marker
                problems.append(f"{where}: the context is not written out")
    assert not problems, "\n".join(problems)


def test_english_plurals_in_the_window_read_as_they_always_did(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    translation.install(qapp, "en")
    tr = QCoreApplication.translate
    assert tr("DataExportText", "Exported %n record(s) to {path}", None, 1) == "Exported 1 record to {path}"
    assert tr("PrintActions", "Saved {name} (%n page(s)).", None, 12) == "Saved {name} (12 pages)."
    ranked = tr("ResultsView", "{count} — ranked among the %Ln most recently added; add words to narrow", None, 2000)
    assert ranked == "{count} — ranked among the 2,000 most recently added; add words to narrow"
    assert QLocale().name() == QLocale.system().name(), "English leaves the system's formats alone"
    translation.install(qapp, "ru")
    assert QLocale().name() == "ru_RU"
    assert tr("PrintActions", "Saved {name} (%n page(s)).", None, 12) == "Сохранён файл {name} (12 страниц)."
