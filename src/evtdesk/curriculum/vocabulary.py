"""The words for where a requirement or a part stands, in Swedish and English.

One vocabulary for the app's navigator, the PDF report and `evtdesk progress`, so a
trainee who reads "pågår" in one place does not meet "öppen" or "återstår" for the same
state in another, and a recommended item is not "valfritt" in the app and "rekommenderat"
on paper. Anything that names a state takes the word from here.
"""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    # item states (`ItemProgress.state`, and "waived" for an item the plan struck)
    "locked": ("låst", "locked"),
    "open": ("pågår", "open"),
    "met": ("uppnått", "met"),
    "attested": ("intygat", "attested"),
    "validated": ("validerade", "validated"),
    "waived": ("utgår", "waived"),
    # part states (`PartProgress.state`: locked, open or complete)
    "complete": ("klar", "complete"),
    # what the guidance asks of an item (`mandatory` true or false)
    "mandatory": ("obligatoriskt", "mandatory"),
    "recommended": ("rekommenderat", "recommended"),
}


def word(key: str, language: str, capital: bool = False) -> str:
    """The word for a state (or `mandatory`/`recommended`) in `language`; an unknown key
    as it is, so a state added later shows rather than breaks."""
    sv, en = _WORDS.get(key, (key, key))
    text = sv if language == "sv" else en
    return text[:1].upper() + text[1:] if capital else text


def kind_word(mandatory: bool, language: str) -> str:
    """`mandatory` or `recommended`: the guidance's own distinction (a curriculum marks
    `mandatory = false` what the source only recommends)."""
    return word("mandatory" if mandatory else "recommended", language)
