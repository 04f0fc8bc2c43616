"""The ``summitry`` entry point: the desktop app with no command, headless commands otherwise.

Headless commands never import Qt except PDF export, which renders with Qt, and the words of another language
than English, which are read from the same catalogue as the window's with Qt's QTranslator (see
:func:`use_language`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from model.cli import commands

    commands.tolerate_any_output_encoding()
    parser = commands.build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from gui.app import run_app

        return run_app(args.database)
    use_language(getattr(args, "lang", None))
    try:
        if args.command == "export" and str(args.output).lower().endswith(".pdf"):
            # PDF is rendered with Qt, which model must not import.
            from gui.printing.pdf_cli import run_export_pdf

            return run_export_pdf(args)
        return commands.run(args, sys.stdout)
    except KeyboardInterrupt:
        print("Interrupted; nothing half-done was saved.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: expected failures were already worded by commands.run
        return _unexpected(exc)


def use_language(chosen: str | None = None) -> str:
    """Give model/ the words of ``chosen`` (``export --lang``), else of the language chosen in the window
    (Edit ▸ Preferences…; for System, the environment's: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``);
    returns it.

    English is the text as written and needs nothing, so a command in English loads no Qt. Another language
    is read from the window's catalogue (the .qm) by a bare QTranslator, which needs no QCoreApplication:
    one compiled catalogue for the window and the command line, and Qt's own plural rules. (Reading the .qm
    without Qt would mean a second reader of Qt's format and its plural rules to keep right; importing QtCore
    costs some 60 ms, paid only by people who chose another language.)
    """
    from gui import languages
    from gui.settings import settings_path

    language = chosen or languages.command_line_language(settings_path())
    if language == languages.ENGLISH:
        from model import i18n

        i18n.install(None)  # English as written, whatever an earlier command in this process chose
    else:
        from gui import translation

        if not translation.install_for_command_line(language):
            return languages.ENGLISH
    return language


def _unexpected(exc: Exception) -> int:
    """Log an unexpected error with its traceback and tell the user in one line where to find it."""
    from gui import crashlog

    report = crashlog.describe(type(exc), exc, exc.__traceback__, where="the command " + " ".join(sys.argv[1:]))
    path = crashlog.write_report(report)
    details = f"The details were written to {path}." if path else report
    from model.store.location import hide_passwords

    print(hide_passwords(f"summitry: an unexpected error stopped the command: {exc}\n{details}"), file=sys.stderr)
    return 70  # EX_SOFTWARE


if __name__ == "__main__":
    sys.exit(main())
