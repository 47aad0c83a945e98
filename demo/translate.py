"""Regenerate the machine translations of the demo text with Apertium (a developer tool).

    python -m demo.translate

writes `demo/data/nn/translations.py` (Bokmål originals in Nynorsk, `nob-nno_e`) and
`demo/data/translations_from_nn.py` (Nynorsk originals in Bokmål, `nno-nob`). The output
is ordinary Python data that people proofread and correct by hand afterwards; `seed_demo` never
calls Apertium. Run it only when the originals change, and review the diff.
"""

import pprint
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Keys whose values are identifiers, numbers, dates, names or references, never prose.
NOT_TEXT = {
    "slug",
    "org",
    "lang",
    "topics",
    "audiences",
    "image",
    "age",
    "level",
    "minutes",
    "format",
    "contact_email",
    "kind",
    "doc",
    "library",
    "period_start",
    "period_end",
    "status",
    "budget",
    "hours",
    "contact_name",
    "related",
    "name",
    "date",
}
PROOFREAD_NOTE = (
    "Machine-translated with Apertium (`python -m demo.translate`), then proofread and\n"
    "corrected by hand: regenerating overwrites those corrections, so review the diff.\n"
)
SEGMENT = re.compile(r'<div class="kb-segment">(.*?)</div>', re.DOTALL)


def collect(value, strings, key=None):
    """Every translatable string in `value`, in order."""
    if key in NOT_TEXT:
        return
    if isinstance(value, str):
        strings.append(value)
    elif isinstance(value, dict):
        for child_key, child in value.items():
            collect(child, strings, child_key)
    elif isinstance(value, tuple):  # a StreamField block: (block type, value)
        collect(value[1], strings)
    elif isinstance(value, list):
        for child in value:
            collect(child, strings)


def replace(value, translated, key=None):
    if key in NOT_TEXT:
        return value
    if isinstance(value, str):
        return translated[value]
    if isinstance(value, dict):
        return {
            child_key: replace(child, translated, child_key) for child_key, child in value.items()
        }
    if isinstance(value, tuple):
        return (value[0], replace(value[1], translated))
    if isinstance(value, list):
        return [replace(child, translated) for child in value]
    return value


def apertium(mode, strings):
    unique = list(dict.fromkeys(strings))
    source = "".join(f'<div class="kb-segment">{text}</div>\n' for text in unique)
    result = subprocess.run(
        ["apertium", "-u", "-f", "html", mode],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    output = [re.sub(r"\s+", " ", text).strip() for text in SEGMENT.findall(result)]
    if len(output) != len(unique):
        raise RuntimeError(f"Apertium returned {len(output)} segments for {len(unique)}")
    return dict(zip(unique, output, strict=True))


def translate_items(items, mode):
    strings = []
    for item in items:
        collect(item, strings)
    translated = apertium(mode, strings)
    result = {}
    for item in items:
        text = {key: value for key, value in item.items() if key not in NOT_TEXT}
        text = replace(text, translated)
        # Lesson slugs stay in the nested lesson dicts, so lessons can be matched.
        result[item["slug"]] = text
    return result


def write_module(path, docstring, translations):
    body = pprint.pformat(translations, width=100, sort_dicts=False)
    path.write_text(f'"""{docstring}"""\n\nTRANSLATIONS = {body}\n', encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", str(path)], check=False)


def main():
    from demo.data import courses, initiatives, resources
    from demo.data.nn import initiatives as nn_initiatives

    nb_items = courses.COURSES + resources.RESOURCES + initiatives.INITIATIVES
    write_module(
        DATA / "nn" / "translations.py",
        "Nynorsk versions of the Bokmål demo pages, by slug.\n\n" + PROOFREAD_NOTE,
        translate_items(nb_items, "nob-nno_e"),
    )
    write_module(
        DATA / "translations_from_nn.py",
        "Bokmål versions of the Nynorsk demo pages, by slug.\n\n" + PROOFREAD_NOTE,
        translate_items(nn_initiatives.INITIATIVES, "nno-nob"),
    )


if __name__ == "__main__":
    main()
