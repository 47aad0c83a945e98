"""Norwegian text for search: cleaning queries, lemmas for index and query, highlighted excerpts.

PostgreSQL's `norwegian` configuration only stems words: «bøker» becomes `bøk` and «bok» stays
`bok`, so stemming alone never lets «bøker» find «bok». Both the indexed text and the query are
therefore widened with dictionary forms (lemmas) from simplemma, and the stemmer runs on top.
simplemma guesses wrong for some common words; `LEMMA_FIXES` corrects the misses we know of.
"""

import re
import unicodedata
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from modelsearch.query import And, Or, PlainText

import simplemma

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
LEMMA_LANGUAGES = ("nb", "nn")

WORD_RE = re.compile(r"\w+", re.UNICODE)

# Forms simplemma gets wrong (checked against simplemma 2.0): the word and its correct lemma.
LEMMA_FIXES = {
    "nb": {
        "bøkene": "bok",
        "kurset": "kurs",
        "kursa": "kurs",
        "nettkurset": "nettkurs",
        "nettkursa": "nettkurs",
        "bokpraten": "bokprat",
        "bokpratene": "bokprat",
        "bokprater": "bokprat",
        "meråpent": "meråpen",
        "meråpne": "meråpen",
    },
    "nn": {
        "bokpraten": "bokprat",
        "bokpratane": "bokprat",
        "nettkurset": "nettkurs",
        "spill": "spill",
        "lest": "lese",
        "meråpent": "meråpen",
        "meråpne": "meråpen",
        "speleane": "spel",
    },
}


def clean_query(value, max_length=MAX_QUERY_LENGTH):
    """A query fit for the search backend: no control characters, single spaces, bounded."""
    if not isinstance(value, str):
        return ""
    value = "".join(
        " " if unicodedata.category(char)[0] in "CZ" else char for char in value[: max_length * 4]
    )
    words = value.split()[:MAX_QUERY_WORDS]
    return " ".join(words)[:max_length].strip()


def words(text):
    return WORD_RE.findall(text or "")


@lru_cache(maxsize=20_000)
def lemma(word, language="nb"):
    """The dictionary form of one word, lower-cased."""
    word = word.lower()
    language = language if language in LEMMA_LANGUAGES else "nb"
    fixed = LEMMA_FIXES[language].get(word)
    if fixed:
        return fixed
    if word.isdigit() or len(word) < 3:
        return word
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except (ValueError, KeyError):
        return word


def extra_lemmas(text, language="nb"):
    """The lemmas in `text` that differ from the words themselves, as text to add to an index."""
    seen = set()
    extra = []
    for word in words(text):
        lower = word.lower()
        base = lemma(lower, language)
        if base != lower and base not in seen:
            seen.add(base)
            extra.append(base)
    return " ".join(extra)


def expand_query(query_string, language="nb", operator="and"):
    """A backend query matching each word or its lemma; None when nothing searchable is left."""
    parts = []
    for word in words(clean_query(query_string)):
        lower = word.lower()
        base = lemma(lower, language)
        if base != lower:
            parts.append(Or([PlainText(lower), PlainText(base)]))
        else:
            parts.append(PlainText(lower))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def query_forms(query_string, language="nb"):
    """Lower-cased words of the query and their lemmas, for highlighting."""
    forms = set()
    for word in words(query_string):
        lower = word.lower()
        forms.add(lower)
        forms.add(lemma(lower, language))
    return forms


def _matches(word, forms, language):
    lower = word.lower()
    if lower in forms or lemma(lower, language) in forms:
        return True
    # The stemmer also joins forms the lemmatizer keeps apart ("kurset" and "kursene").
    return any(len(form) >= 4 and lower.startswith(form) for form in forms)


def highlight(text, query_string, language="nb", size=30):
    """An excerpt of about `size` words around the first match, matches wrapped in <mark>.

    Returns safe HTML, or an empty string when the text is empty.
    """
    tokens = re.split(r"(\w+)", text or "")
    if not text or not text.strip():
        return ""
    forms = query_forms(query_string, language)
    word_positions = [i for i in range(1, len(tokens), 2)]
    first = next(
        (n for n, i in enumerate(word_positions) if _matches(tokens[i], forms, language)), None
    )
    if first is None:
        return escape(Truncator(text).words(size))
    start_word = max(0, first - size // 3)
    end_word = min(len(word_positions), start_word + size)
    start = word_positions[start_word] if start_word else 0
    end = word_positions[end_word - 1] + 1
    parts = []
    if start_word:
        parts.append("… ")
    for i in range(start, end):
        token = tokens[i]
        if i % 2 == 1 and _matches(token, forms, language):
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    if end_word < len(word_positions):
        parts.append(" …")
    return mark_safe("".join(parts).strip())  # every piece is escaped above
