"""Deterministic synthetic archives for the benchmarks, in the Summitry interchange format.

``python bench/generate.py --size 10k`` writes ``bench/archives/summitry-10k.json`` (cached: an existing
file is reused) and, with ``--import``, imports it into ``bench/archives/summitry-10k.sqlite3`` through
the same path users have (:func:`model.interchange.importer.import_file`).

Every archive is made by one seeded :class:`random.Random`, so the same size gives the same bytes on every
run and every machine. Contents, per meeting: about eight agenda items with topics and two outcome documents
(so about ten agenda items and outcomes each), three to six participants, a citation of a passage in one of
a few generated source documents. Around them: 50–500 forums in a tree with members over time, processes
with numbered rounds, uncertain EDTF dates (days, day ranges, months, seasons, years, uncertain and
approximate forms, periods), and text in English with some Russian (Cyrillic), Lao and Khmer.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the project importable
    sys.path.insert(0, str(ROOT))

ARCHIVES = ROOT / "bench" / "archives"
#: size name -> (meetings, forums)
SIZES: dict[str, tuple[int, int]] = {
    "tiny": (150, 50),
    "1k": (1_000, 50),
    "10k": (10_000, 200),
    "100k": (100_000, 500),
}
SEED = 20160725
#: A word that occurs in nearly every record, for the "very common word" search benchmark.
COMMON_WORD = "cooperation"

COUNTRIES = [
    ("BN", "BRN", "Brunei Darussalam", None),
    ("KH", "KHM", "Cambodia", ("km", "កម្ពុជា")),
    ("ID", "IDN", "Indonesia", None),
    ("LA", "LAO", "Laos", ("lo", "ລາວ")),
    ("MY", "MYS", "Malaysia", None),
    ("MM", "MMR", "Myanmar", None),
    ("PH", "PHL", "Philippines", None),
    ("SG", "SGP", "Singapore", None),
    ("TH", "THA", "Thailand", None),
    ("VN", "VNM", "Viet Nam", None),
    ("RU", "RUS", "Russia", ("ru", "Россия")),
    ("CN", "CHN", "China", None),
    ("JP", "JPN", "Japan", None),
    ("KR", "KOR", "Republic of Korea", None),
    ("IN", "IND", "India", None),
    ("AU", "AUS", "Australia", None),
    ("NZ", "NZL", "New Zealand", None),
    ("US", "USA", "United States", None),
    ("CA", "CAN", "Canada", None),
    ("MN", "MNG", "Mongolia", None),
    ("PK", "PAK", "Pakistan", None),
    ("BD", "BGD", "Bangladesh", None),
    ("LK", "LKA", "Sri Lanka", None),
    ("TL", "TLS", "Timor-Leste", None),
    ("PG", "PNG", "Papua New Guinea", None),
    ("KZ", "KAZ", "Kazakhstan", ("ru", "Казахстан")),
    ("BY", "BLR", "Belarus", ("ru", "Беларусь")),
    ("FR", "FRA", "France", None),
    ("DE", "DEU", "Germany", None),
    ("GB", "GBR", "United Kingdom", None),
]
# The bundled dataset's country ids, so a generated archive and the bundled data share one country per code.
COUNTRY_IDS = {
    "BN": "brunei",
    "KH": "cambodia",
    "ID": "indonesia",
    "LA": "laos",
    "MY": "malaysia",
    "MM": "myanmar",
    "PH": "philippines",
    "SG": "singapore",
    "TH": "thailand",
    "VN": "vietnam",
    "RU": "russia",
    "CN": "china",
    "JP": "japan",
    "KR": "south-korea",
    "IN": "india",
    "AU": "australia",
    "NZ": "new-zealand",
    "US": "united-states",
    "MN": "mongolia",
    "PK": "pakistan",
}
CITIES = {
    "BN": "Bandar Seri Begawan",
    "KH": "Phnom Penh",
    "ID": "Jakarta",
    "LA": "Vientiane",
    "MY": "Kuala Lumpur",
    "MM": "Nay Pyi Taw",
    "PH": "Manila",
    "SG": "Singapore",
    "TH": "Bangkok",
    "VN": "Hanoi",
    "RU": "Sochi",
    "CN": "Beijing",
    "JP": "Tokyo",
    "KR": "Seoul",
    "IN": "New Delhi",
    "AU": "Canberra",
    "NZ": "Wellington",
    "US": "Washington",
    "CA": "Ottawa",
    "MN": "Ulaanbaatar",
}
TOPICS = [
    "terrorism",
    "transnational-crime",
    "drug-trafficking",
    "maritime-piracy",
    "illegal-migration",
    "energy",
    "health",
    "education",
    "emergency-response",
    "ict-security",
    "space",
    "non-proliferation",
    "trade",
    "transport",
    "culture",
]
SUBJECTS = [
    "maritime security",
    "counter-terrorism",
    "disaster relief",
    "energy security",
    "public health",
    "cyber security",
    "connectivity",
    "food security",
    "climate change",
    "trade facilitation",
    "transnational crime",
    "education exchange",
    "regional security architecture",
    "non-proliferation",
    "peacekeeping",
]
VERBS = ["Review of", "Progress on", "Strengthening", "Report on", "Future direction of", "Exchange of views on"]
KINDS = ["organisation", "summit", "ministerial-forum", "dialogue-partnership", "security-forum", "defence-forum"]
LEVELS = [("leaders", "Summit"), ("ministers", "Ministers' Meeting"), ("senior-officials", "Senior Officials' Meeting")]
OUTCOME_KINDS = ["declaration", "chairs-statement", "statement", "plan-of-action", "work-plan", "report"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Deputy Foreign Minister", "Ambassador"]
NAMES = ["A. Petrov", "S. Vongsa", "D. Sok", "M. Tanaka", "J. Smith", "N. Nguyen", "R. Santos", "K. Lim"]
# Non-English text, as ministries write it: Russian (Cyrillic), Lao and Khmer.
FOREIGN = [
    "Сотрудничество в области морской безопасности и борьбы с терроризмом.",
    "Совещание министров иностранных дел по вопросам региональной безопасности.",
    "ການຮ່ວມມືດ້ານຄວາມໝັ້ນຄົງທາງທະເລ ແລະ ການຕ້ານການກໍ່ການຮ້າຍ.",
    "ກອງປະຊຸມລັດຖະມົນຕີການຕ່າງປະເທດ ອາຊຽນ.",
    "កិច្ចសហប្រតិបត្តិការសន្តិសុខដែនសមុទ្រ និងការប្រយុទ្ធប្រឆាំងអំពើភេរវកម្ម។",
    "កិច្ចប្រជុំរដ្ឋមន្ត្រីការបរទេសអាស៊ាន។",
]
ORDINAL = {1: "st", 2: "nd", 3: "rd"}


def country_id(code: str) -> str:
    return COUNTRY_IDS.get(code, f"country-{code.lower()}")


def ordinal(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 23 -> '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else ORDINAL.get(n % 10, "th")
    return f"{n}{suffix}"


class _Sources:
    """A few long source documents whose sentences the records cite (with offsets)."""

    def __init__(self, rnd: random.Random, count: int, paragraphs: int) -> None:
        self.docs: list[dict[str, Any]] = []
        self.passages: list[list[tuple[str, int, int]]] = []
        for d in range(count):
            parts: list[str] = []
            spans: list[tuple[str, int, int]] = []
            offset = 0
            for p in range(paragraphs):
                sentences = []
                for s in range(rnd.randint(2, 4)):
                    subject = rnd.choice(SUBJECTS)
                    if rnd.random() < 0.1:
                        sentence = rnd.choice(FOREIGN)
                    else:
                        sentence = (
                            f"The parties reaffirmed {COMMON_WORD} on {subject} "
                            f"(document {d + 1}, paragraph {p + 1}, point {s + 1})."
                        )
                    sentences.append(sentence)
                paragraph = " ".join(sentences)
                pos = offset
                for sentence in sentences:
                    spans.append((sentence, pos, p + 1))
                    pos += len(sentence) + 1
                parts.append(paragraph)
                offset += len(paragraph) + 2
            self.docs.append(
                {
                    "id": f"src-{d + 1}",
                    "title": f"Chronicle of regional meetings, volume {d + 1}",
                    "publisher": "Generated for Summitry benchmarks",
                    "date": f"{2000 + d}-12-31",
                    "languages": ["en-GB", "ru-RU", "lo", "km"],
                    "text": "\n\n".join(parts),
                }
            )
            self.passages.append(spans)

    def cite(self, rnd: random.Random) -> dict[str, Any]:
        d = rnd.randrange(len(self.docs))
        quote, start, paragraph = rnd.choice(self.passages[d])
        cite: dict[str, Any] = {"source": self.docs[d]["id"], "quote": quote}
        if rnd.random() < 0.8:  # most files give offsets; the rest leave them to the importer
            cite.update(start=start, end=start + len(quote))
            if rnd.random() < 0.5:
                cite["paragraph"] = paragraph
        return cite


def _day(rnd: random.Random, year: int) -> tuple[int, int, int]:
    return year, rnd.randint(1, 12), rnd.randint(1, 28)


def edtf_date(rnd: random.Random, year: int) -> str:
    """An EDTF date in one of the shapes archives really hold, most often exact days."""
    y, m, d = _day(rnd, year)
    r = rnd.random()
    if r < 0.40:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if r < 0.65:
        return f"{y:04d}-{m:02d}-{d:02d}/{y:04d}-{m:02d}-{min(d + rnd.randint(1, 2), 28):02d}"
    if r < 0.80:
        return f"{y:04d}-{m:02d}"
    if r < 0.87:
        return f"{y:04d}-{rnd.randint(21, 24)}"
    if r < 0.90:
        return f"{y:04d}"
    if r < 0.95:
        return f"{y:04d}-{m:02d}{rnd.choice('?~')}"
    return f"{y:04d}-{m:02d}/{y:04d}-{min(m + 1, 12):02d}"


def _forums(rnd: random.Random, count: int, countries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    forums: list[dict[str, Any]] = []
    depth: dict[str, int] = {}
    for i in range(count):
        subject = SUBJECTS[i % len(SUBJECTS)]
        fid = f"forum-{i + 1}"
        name = f"Regional Forum {i + 1} on {subject.title()}"
        forum: dict[str, Any] = {
            "id": fid,
            "name": name,
            "abbreviation": f"RF{i + 1}",
            "kind": KINDS[i % len(KINDS)],
            "founded": f"{rnd.randint(1967, 2010)}",
            "description": f"A platform for {COMMON_WORD} on {subject} among its members.",
        }
        if i % 7 == 0:
            forum["aliases"] = [{"name": rnd.choice(FOREIGN)[:60], "lang": rnd.choice(["ru", "lo", "km"])}]
        if i >= 5:  # the first five are roots; the rest hang under an earlier, shallow forum
            candidates = [f["id"] for f in forums if depth[f["id"]] < 3]
            parent = candidates[min(int(rnd.expovariate(0.15)), len(candidates) - 1)]
            forum["parent"] = parent
            depth[fid] = depth[parent] + 1
        else:
            depth[fid] = 0
        members = rnd.sample(countries, rnd.randint(5, min(20, len(countries))))
        forum["members"] = [
            {"country": c["id"], "role": "member", "since": f"{rnd.randint(1967, 2015)}-{rnd.randint(1, 12):02d}"}
            for c in members
        ]
        if i % 3 == 0:
            forum["figures"] = [{"label": "Population", "value": f"over {rnd.randint(50, 900)} million"}]
        forums.append(forum)
    return forums


def _meeting(
    rnd: random.Random, forum: dict[str, Any], number: int, year: int, sources: _Sources, codes: list[str]
) -> dict[str, Any]:
    level, level_name = LEVELS[rnd.randrange(len(LEVELS))]
    code = rnd.choice(codes)
    subject = rnd.choice(SUBJECTS)
    status = "held" if year <= 2025 else rnd.choice(["scheduled", "planned"])
    description = f"Meeting on {COMMON_WORD} in {subject}."
    if rnd.random() < 0.15:
        description += " " + rnd.choice(FOREIGN)
    meeting: dict[str, Any] = {
        "id": f"{forum['id']}-m{number}",
        "forum": forum["id"],
        "title": f"{ordinal(number)} {forum['name']} {level_name}",
        "ordinal": number,
        "level": level,
        "date": edtf_date(rnd, year),
        "city": CITIES[code],
        "country": country_id(code),
        "status": status,
        "status_as_of": "2026-11",
        "description": description,
        "participants": [
            {
                "country": country_id(c),
                "head": rnd.choice(NAMES),
                "head_title": rnd.choice(TITLES),
            }
            for c in rnd.sample(codes, rnd.randint(3, 6))
        ],
        "agenda": [],
        "citations": [sources.cite(rnd)],
    }
    for _ in range(rnd.randint(6, 10)):
        item: dict[str, Any] = {
            "title": f"{rnd.choice(VERBS)} {COMMON_WORD} on {rnd.choice(SUBJECTS)}",
            "topics": rnd.sample(TOPICS, rnd.randint(1, 2)),
        }
        if rnd.random() < 0.3:
            item["description"] = rnd.choice(FOREIGN) if rnd.random() < 0.2 else f"Discussion of {subject}."
        if rnd.random() < 0.25:
            item["citations"] = [sources.cite(rnd)]
        meeting["agenda"].append(item)
    return meeting


def build(size: str) -> dict[str, Any]:
    """The archive of the given size, as interchange data (same result every time)."""
    n_meetings, n_forums = SIZES[size]
    rnd = random.Random(f"{SEED}-{size}")
    sources = _Sources(rnd, 4, 150)
    countries = []
    for code, alpha3, name, alias in COUNTRIES:
        country: dict[str, Any] = {"id": country_id(code), "code": code, "alpha3": alpha3, "name": name}
        if alias:
            country["aliases"] = [{"name": alias[1], "lang": alias[0]}]
        countries.append(country)
    codes = list(CITIES)
    topics = [{"id": t, "label": t.replace("-", " ").capitalize()} for t in TOPICS]
    forums = _forums(rnd, n_forums, countries)
    # Zipf-like shares: a few forums hold most meetings, as real archives do.
    weights = [1 / (i + 1) ** 0.8 for i in range(n_forums)]
    counts = [0] * n_forums
    for i in rnd.choices(range(n_forums), weights, k=n_meetings):
        counts[i] += 1
    meetings: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for f, forum in enumerate(forums):
        first_year = rnd.randint(1967, 2000)
        span = 2027 - first_year
        previous: str | None = None
        for k in range(counts[f]):
            year = first_year + (k * span) // max(counts[f], 1)
            meeting = _meeting(rnd, forum, k + 1, year, sources, codes)
            meetings.append(meeting)
            for j in range(rnd.choice((1, 2, 2, 2, 3))):
                kind = OUTCOME_KINDS[rnd.randrange(len(OUTCOME_KINDS))]
                oid = f"{meeting['id']}-o{j + 1}"
                outcome: dict[str, Any] = {
                    "id": oid,
                    "title": f"{kind.replace('-', ' ').capitalize()} of the {meeting['title']}",
                    "kind": kind,
                    "status": "adopted" if meeting["status"] == "held" else "expected",
                    "meeting": meeting["id"],
                    "date": meeting["date"],
                    "description": f"Sets out {COMMON_WORD} on {rnd.choice(SUBJECTS)}.",
                    "citations": [sources.cite(rnd)],
                }
                if kind in ("plan-of-action", "work-plan"):
                    outcome["period"] = f"{year}/{year + rnd.randint(2, 5)}"
                if previous and rnd.random() < 0.2:
                    outcome["related"] = [{"id": previous, "relation": "supersedes"}]
                outcomes.append(outcome)
                previous = oid
    processes = []
    for p in range(max(5, n_meetings // 200)):
        forum = forums[rnd.randrange(n_forums)]
        start = rnd.randint(1990, 2020)
        rounds = []
        for r in range(rnd.randint(3, 8)):
            code = rnd.choice(codes)
            rounds.append(
                {
                    "id": f"process-{p + 1}-{r + 1}",
                    "number": r + 1,
                    "date": edtf_date(rnd, start + r),
                    "city": CITIES[code],
                    "country": country_id(code),
                    "status": "held" if start + r <= 2025 else "planned",
                    "citations": [sources.cite(rnd)],
                }
            )
        processes.append(
            {
                "id": f"process-{p + 1}",
                "title": f"Consultations on {rnd.choice(SUBJECTS)} ({forum['abbreviation']}, {p + 1})",
                "forum": forum["id"],
                "goal": f"Agree on a framework for {COMMON_WORD} on {rnd.choice(SUBJECTS)}.",
                "rounds": rounds,
            }
        )
    return {
        "format": "summitry",
        "version": 1,
        "dataset": {
            "id": f"bench-{size}",
            "title": f"Generated benchmark archive ({size} meetings)",
            "version": "1",
            "as_of": "2026-11",
        },
        "sources": sources.docs,
        "countries": countries,
        "topics": topics,
        "forums": forums,
        "meetings": meetings,
        "processes": processes,
        "outcomes": outcomes,
    }


def archive_path(size: str, folder: Path | None = None) -> Path:
    return (folder or ARCHIVES) / f"summitry-{size}.json"


def ensure_archive(size: str, force: bool = False, folder: Path | None = None) -> Path:
    """Write the archive of ``size`` (into ``folder``, default bench/archives) unless it is cached; return its path."""
    path = archive_path(size, folder)
    if path.exists() and not force:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(build(size), fh, ensure_ascii=False, separators=(",", ":"))
    tmp.replace(path)
    return path


def import_archive(path: Path, db_path: Path) -> float:
    """Import ``path`` into a fresh database at ``db_path`` the way users do; returns seconds."""
    from model.interchange import importer
    from model.store.opening import open_database

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    database = open_database(str(db_path))
    try:
        start = time.perf_counter()
        importer.import_file(database, path)
        return time.perf_counter() - start
    finally:
        database.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=list(SIZES), default="1k")
    parser.add_argument("--force", action="store_true", help="write the archive even if it is cached")
    parser.add_argument("--import", dest="do_import", action="store_true", help="also import it into a database")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    path = ensure_archive(args.size, args.force)
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    if args.do_import:
        db_path = path.with_suffix(".sqlite3")
        print(f"imported into {db_path} in {import_archive(path, db_path):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
