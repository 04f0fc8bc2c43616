"""One Summitry saving a meeting's city, as another process: ``python -m tests.model.edits.saver TARGET ID CITY WHO``.

Loads the record first and says so ("loaded N" on its own line), then saves on a line from standard input
("go"), so that a test can make two of them save from the same version at once. Prints "saved N" or
"conflict WHO CITY" (the other change it was shown).
"""

from __future__ import annotations

import sys

from model import edits
from model.store.opening import open_database


def main(target: str, record_id: str, city: str, who: str) -> None:
    database = open_database(target)
    try:
        ed = edits.load(database, record_id)
        print(f"loaded {ed.version}", flush=True)
        sys.stdin.readline()
        try:
            saved = edits.save(database, ed.kind, {**ed.form, "city": city}, ed.version, author=who)
        except edits.Conflict as exc:
            assert exc.current is not None
            print(f"conflict {exc.by} {exc.current.form.get('city')}", flush=True)
        else:
            print(f"saved {saved.version}", flush=True)
    finally:
        database.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
