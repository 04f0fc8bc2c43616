"""Which normalisation lets Russian word forms find each other: pymorphy3 lemmas, Snowball stems or both.

``python bench/russian_search_probe.py`` (needs ``pip install snowballstemmer`` beside the project's own pymorphy3
and PyStemmer) prints, for each method:

- precision and recall over every pair of the word forms in ``GROUPS`` (a pair should match when both forms
  belong to one word, and only then), with the pairs each method gets wrong;
- the issue's search cases run end to end through an in-memory FTS5 table with the index's own tokenizer,
  the text normalised in Python and each query word normalised the same way;
- start-up (import and first use, in a fresh interpreter) and the time to normalise 10,000 words, all
  different (the worst case, every word a dictionary look-up) and as a ministry text repeats them.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.store import schema_facts as facts  # noqa: E402
from model.text import normalize, russian  # noqa: E402

#: A ministry-style paragraph about the ARF in Vientiane (written for this probe, after the source's style).
TEXT = (
    "25–26 июля 2016 года во Вьентьяне состоялось 23-е заседание Регионального форума АСЕАН по безопасности "
    "(АРФ). Российскую делегацию возглавлял Министр иностранных дел Российской Федерации С.В.Лавров. Министры "
    "обменялись мнениями по актуальным вопросам обеспечения безопасности в Азиатско-Тихоокеанском регионе, "
    "включая борьбу с терроризмом, незаконным оборотом наркотиков и пиратством на море. Участники форума "
    "подчеркнули важность мер доверия и превентивной дипломатии. Российская сторона выступила за продолжение "
    "консультаций в рамках Восточноазиатского саммита (ВАС) по архитектуре безопасности и сотрудничества в "
    "регионе. Очередной раунд консультаций планируется провести в Маниле осенью 2016 года, ещё один — в "
    "Джакарте. Следующее совещание министров иностранных дел стран — участниц АРФ пройдёт на Филиппинах. "
    "Декларация о сотрудничестве АСЕАН и России в борьбе с терроризмом принята в Куала-Лумпуре."
)

#: Forms of one word per group (from TEXT, the issue, and other forms a colleague would type).
GROUPS: list[list[str]] = [
    ["Манила", "Маниле", "Манилы", "МАНИЛА", "Манилу", "Манилой"],
    ["саммит", "саммита", "саммиту", "саммитом", "саммите", "саммиты", "саммитов"],
    ["консультация", "консультации", "консультаций", "консультациями", "консультациях"],
    ["еще", "ещё"],
    ["форум", "форума", "форуме", "форумом", "форумы"],
    ["заседание", "заседания", "заседании", "заседаний"],
    ["министр", "Министр", "министры", "министров", "министрами"],
    ["Вьентьян", "Вьентьяне", "Вьентьяна"],
    ["безопасность", "безопасности"],
    ["регион", "региона", "регионе", "регионах"],
    ["страна", "страны", "стран", "странами"],
    ["вопрос", "вопросы", "вопросам", "вопросов"],
    ["делегация", "делегацию", "делегации", "делегаций"],
    ["сотрудничество", "сотрудничества", "сотрудничестве"],
    ["раунд", "раунда", "раунде", "раундов"],
    ["Россия", "России", "Россией"],
    ["Лаос", "Лаосе", "Лаоса"],
    ["Джакарта", "Джакарте", "Джакарты"],
    ["терроризм", "терроризмом", "терроризма"],
    ["пиратство", "пиратством", "пиратства"],
    ["совещание", "совещания", "совещании"],
    ["декларация", "Декларация", "декларации", "декларацию"],
    ["Филиппины", "Филиппинах", "Филиппин"],
    ["встреча", "встречи", "встреч", "встрече"],
    ["Пномпень", "Пномпене", "Пномпеня"],
    ["Путраджайя", "Путраджайе", "Путраджайи"],
    ["Сиемреап", "Сиемреапе", "Сиемреапа"],
    ["Нейпьидо"],
    ["Лабуан", "Лабуане"],
    ["Нусантара", "Нусантаре"],
    ["Боракай", "Боракае", "Боракая"],
    ["Сиануквиль", "Сиануквиле"],
    ["Лавров", "Лаврова", "Лавровым"],
    ["Куба", "Кубы", "Кубе"],
    ["куб", "кубов"],
    ["май", "мая"],
    ["провести", "проведена", "проведён", "проведено"],
    ["пройти", "пройдёт", "прошла"],
    ["принять", "принята", "принят"],
    ["мир", "мира", "миром"],
    ["мирный", "мирного"],
    ["странный", "странного"],
    ["АРФ"],
    ["арфа", "арфы"],
    ["АСЕАН"],
    ["ВАС"],
    ["вы", "вам"],
    ["ООН"],
    ["СМИД"],
    ["РФ"],
]

#: (query, must find TEXT?) — the issue's cases and a few that must not match.
QUERIES: list[tuple[str, bool]] = [
    ("Манила", True),
    ("Маниле", True),
    ("Манилы", True),
    ("МАНИЛА", True),
    ("саммит", True),
    ("саммита", True),
    ("консультация", True),
    ("консультации", True),
    ("консультаций", True),
    ("еще", True),
    ("ещё", True),
    ("АРФ", True),
    ("арф", True),
    ("АСЕАН", True),
    ("асеан", True),
    ("ВАС", True),
    ('"регионального форума"', True),
    ('"Региональный форум АСЕАН"', True),
    ("Вьентьян", True),
    ("Куала-Лумпур", True),
    ("пройдет", True),
    ("россия", True),
    ("арфа", False),
    ("вы", False),
    ("странный", False),
    ("Манилов", False),
]


def fold(word: str) -> str:
    return russian.fold(word)


def _snowball() -> Callable[[str], str]:
    import Stemmer  # PyStemmer: Snowball's C code

    stemmer = Stemmer.Stemmer("russian")
    return lambda word: stemmer.stemWord(fold(word))


def _hybrid() -> Callable[[str], str]:
    """pymorphy3 for the words its dictionary knows, Snowball for the rest (names it only guesses)."""
    stem = _snowball()
    morph = russian._analyzer()

    def normal(word: str) -> str:
        folded = fold(word)
        if russian.is_acronym(word) or not morph.word_is_known(folded):
            return stem(word) if not russian.is_acronym(word) else folded
        return russian.normalize_word(word)

    return normal


def _pymorphy_no_acronyms() -> Callable[[str], str]:
    morph = russian._analyzer()
    return lambda word: fold(morph.parse(fold(word))[0].normal_form)


METHODS: dict[str, Callable[[], Callable[[str], str]]] = {
    "fold only (today + ё→е)": lambda: fold,
    "snowball (PyStemmer)": _snowball,
    "pymorphy3, top reading, no acronym rule": _pymorphy_no_acronyms,
    "pymorphy3 + acronyms (chosen)": lambda: russian.normalize_word,
    "hybrid: pymorphy3 known, else snowball": _hybrid,
}


def pair_scores(normal: Callable[[str], str]) -> tuple[float, float, list[str], list[str]]:
    """Precision, recall, and the wrong pairs (missed, merged) over all pairs of forms in GROUPS."""
    forms = [(w, g) for g, words in enumerate(GROUPS) for w in words]
    tp = fp = fn = 0
    missed, merged = [], []
    for (a, ga), (b, gb) in itertools.combinations(forms, 2):
        same, found = ga == gb, normal(a) == normal(b)
        tp += same and found
        fp += found and not same
        fn += same and not found
        if same and not found:
            missed.append(f"{a}/{b} ({normal(a)}≠{normal(b)})")
        if found and not same:
            merged.append(f"{a}/{b} ({normal(a)})")
    return tp / max(1, tp + fp), tp / max(1, tp + fn), missed, merged


def _token_text(text: str, normal: Callable[[str], str]) -> str:
    """The text as the index would hold it with this method for Cyrillic words (others as the index has them)."""
    return " ".join(normal(w) if russian.has_cyrillic(w) else normalize.normal_form(w) for w in normalize.words(text))


def query_cases(normal: Callable[[str], str]) -> list[str]:
    """The QUERIES this method gets wrong, run through FTS5 with the index's tokenizer.

    Every method gets the module's query rule: a word typed in lower case also matches as written (so "арф"
    finds the acronym АРФ, which the index keeps exact), one typed in capitals only as normalised.
    """
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
    conn.execute("INSERT INTO t(body) VALUES (?)", (_token_text(TEXT, normal),))
    wrong = []
    for query, expected in QUERIES:
        words = normalize.words(query)
        if query.startswith('"'):
            expr = '"' + " ".join(normal(w) for w in words) + '"'
        else:
            forms = [(normal(w),) if w.isupper() else tuple(dict.fromkeys((normal(w), fold(w)))) for w in words]
            expr = " AND ".join("(" + " OR ".join(f'"{f}"' for f in alternatives) + ")" for alternatives in forms)
        found = bool(conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expr,)).fetchone()[0])
        if found != expected:
            wrong.append(f"{query} ({'missed' if expected else 'false hit'}: {expr})")
    return wrong


def startup(statement: str) -> float:
    """Milliseconds a fresh interpreter takes to run ``statement`` (the import and first use), best of 3."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True)) for _ in range(3)]
    return 1000 * min(runs)


def per_10k(normal: Callable[[str], str], words: list[str]) -> float:
    start = time.perf_counter()
    for word in words:
        normal(word)
    return 1000 * (time.perf_counter() - start) * 10_000 / len(words)


def main() -> None:
    morph = russian._analyzer()
    rng = random.Random(17)
    known = [w for w, *_ in itertools.islice(morph.dictionary.iter_known_words(), 0, 3_000_000, 97)]
    distinct = rng.sample(known, 10_000)
    text_words = normalize.words(TEXT) * (10_000 // len(normalize.words(TEXT)) + 1)
    forms = sum(len(g) for g in GROUPS)
    same = sum(len(g) * (len(g) - 1) // 2 for g in GROUPS)
    print(f"{forms} forms of {len(GROUPS)} words: {same} pairs that should match, {forms * (forms - 1) // 2} pairs")
    print(f"{len(QUERIES)} queries against TEXT ({len(normalize.words(TEXT))} words)\n")
    for name, make in METHODS.items():
        normal = make()
        precision, recall, missed, merged = pair_scores(normal)
        wrong = query_cases(normal)
        russian._lemma.cache_clear()
        cold = per_10k(normal, distinct)
        warm = per_10k(normal, text_words[:10_000])
        print(f"== {name}")
        print(f"   pairs: precision {precision:.3f}  recall {recall:.3f}")
        print(f"   missed: {', '.join(missed) or '-'}")
        print(f"   merged: {', '.join(merged) or '-'}")
        print(f"   queries wrong: {len(wrong)}/{len(QUERIES)}: {'; '.join(wrong) or '-'}")
        print(f"   10k words: {cold:.0f} ms all different, {warm:.1f} ms as a text repeats them")
    print("\nstart-up in a fresh interpreter (ms, best of 3):")
    statements = {
        "pymorphy3 import + MorphAnalyzer()": "import pymorphy3; pymorphy3.MorphAnalyzer()",
        "model.text.russian + first word": "from model.text import russian; russian.normalize_word('Маниле')",
        "PyStemmer import + stemmer": "import Stemmer; Stemmer.Stemmer('russian')",
        "snowballstemmer import + stemmer": "import snowballstemmer; snowballstemmer.stemmer('russian')",
    }
    for label, statement in statements.items():
        print(f"   {label}: {startup(statement):.0f}")


if __name__ == "__main__":
    main()
