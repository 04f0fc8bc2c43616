"""The interface's translations: extracting the marked text from the sources, and building what the app reads.

``python -m tests.translations update`` runs ``pyside6-lupdate`` over gui/ and model/ into
``resources/translations/summitry_<language>.ts`` (new text comes in unfinished, text gone from the sources goes)
and ``pyside6-lrelease`` from it to the ``.qm`` the app loads. Translate the unfinished entries (Qt Linguist:
``pyside6-linguist resources/translations/summitry_ru.ts``), then run it again to rebuild the ``.qm``.
``tests/gui/test_translations.py`` fails while the catalogue is stale or unfinished.

The ``.ts`` keeps no source locations (several people change the sources at once; line numbers would make every
change a conflict there) and no extracted comments: lupdate's Python parser takes every ``#:`` comment, which this
code base uses to document names, for a note to the translator of the next message.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("gui", "model")
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU"}
_EXTRACOMMENT = re.compile(r"\n[ \t]*<extracomment>.*?</extracomment>", re.DOTALL)


def ts_path(language: str) -> Path:
    return FOLDER / f"summitry_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"summitry_{language}.qm"


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def extract(language: str, target: Path) -> None:
    """Run lupdate over the sources into ``target`` (updating the translations it holds)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            *SOURCES,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGES[language],
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
    )
    target.write_text(_EXTRACOMMENT.sub("", target.read_text(encoding="utf-8")), encoding="utf-8")


def build(source: Path, target: Path) -> None:
    """Compile a .ts into the .qm the app loads."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True)


@dataclass(frozen=True)
class Message:
    """One entry of a catalogue: what identifies it, and its translation (one form, or a plural's forms)."""

    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type: "" when finished, else "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return self.context, self.source, self.comment, self.numerus


def messages(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type", "") if translation is not None else "unfinished",
                    forms,
                )
            )
    return found


def update() -> None:
    for language in LANGUAGES:
        extract(language, ts_path(language))
        build(ts_path(language), qm_path(language))
        unfinished = [m for m in messages(ts_path(language)) if m.kind]
        print(f"{ts_path(language).relative_to(ROOT)}: {len(unfinished)} to translate")


def main(argv: list[str]) -> int:
    if argv != ["update"]:
        print("usage: python -m tests.translations update", file=sys.stderr)
        return 2
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
