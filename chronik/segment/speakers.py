"""The speaker headings of a parliament's record (Hansard and its kind): each contribution opens with its speaker's
name on a line of its own, over the words they say.

* a member by name, with the seat and the party in brackets: "Ms Jane Roe (Bristol West) (Lab)",
  "Mr ALBANESE (Grayndler—Prime Minister) (14:02):", "Sir John Doe (Ross, Skye and Lochaber) (LD)", or by honorific,
  name and seat, as an older record prints them: "Mr. Hugh Fraser (Stafford and Stone)";
* an office with its holder in brackets: "The Minister for Defence (Mr Richard Marles)";
* a member named again after their first words, by honorific and surname: "Mr Lammy", "Mr. Thomson", "Senator WONG";
* the chair ("Mr Speaker", "Madam Deputy Speaker", "The PRESIDENT"), who calls the next speaker ("I call ...",
  "Order."): procedure, no report of its own.

A contribution's speaker is its claimant (:func:`speaker_name`); the chair's lines are asides.
"""

from __future__ import annotations

import re

# with or without the full stop an older record prints after it ("Mr. George Thomson")
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr)\.?|Miss|Mx|Sir|Dame|Lord|Lady|Baroness|Senator|Sen\.|Rep\.|Hon\.?|The\s+Hon\.?)"
_NAME_WORD = r"(?-i:[A-Z])[\w'’.-]*"
_BRACKET = r"\([^()\n]{1,70}\)"
_CLOSE = r"\s*:?\s*$"
# "Ms Jane Roe (Bristol West) (Lab)", "Mr ALBANESE (Grayndler—Prime Minister) (14:02):", "Mr Lammy"
_MEMBER = re.compile(rf"^(?:{_HONORIFIC}\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
                     rf"(?P<seat>(?:\s*{_BRACKET}){{0,3}}){_CLOSE}")
# "The Secretary of State for Defence (John Healey)", "The Minister for Defence (Mr Richard Marles)"
_OFFICE = re.compile(rf"^The\s+(?-i:[A-Z])[^()\n]{{4,120}}?\s*\((?:{_HONORIFIC}\s+)?(?P<name>{_NAME_WORD}"
                     rf"(?:\s+{_NAME_WORD}){{0,4}})\){_CLOSE}")
_TITLED = re.compile(rf"^{_HONORIFIC}\s+{_NAME_WORD}")
# the chair of the sitting, maybe named after its office: "Mr Speaker", "Madam Deputy Speaker (Dame Jane Roe)"
_CHAIR = re.compile(rf"^(?:Mr\.?|Madam|Madame|The)\s+(?:Deputy\s+)?(?:Speaker|President|Chair(?:man|woman)?)"
                    rf"(?:\s*{_BRACKET})?{_CLOSE}", re.I)
MAX_WORDS = 16


def chair_heading(text: str) -> bool:
    """Whether a line names the chair of the sitting, over its call of the next speaker."""
    return bool(_CHAIR.match(text.strip()))


def speaker_name(text: str, named_again: bool = True) -> str | None:
    """The member a speaker heading names ("Andrew Mitchell" for "Mr Andrew Mitchell (Sutton Coldfield) (Con)",
    "Richard Marles" for "The Minister for Defence (Mr Richard Marles)"); None for any other line, the chair's too.
    ``named_again``: whether a bare honorific and name ("Mr Lammy") counts, as it does on a page of such headings."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS or chair_heading(line) or line.endswith((".", "?", "!")):
        return None
    m = _OFFICE.match(line)
    if m is None:
        m = _MEMBER.match(line)
        # a name alone is any short title; a name needs a seat and party in brackets, an honorific and a seat (an
        # older record prints no party: "Mr. Hugh Fraser (Stafford and Stone)"), or (named again) an honorific
        if m is None:
            return None
        seats, titled = m.group("seat").count("("), bool(_TITLED.match(line))
        if not (seats >= 2 or (titled and (seats or named_again))):
            return None
    name = re.sub(rf"^{_HONORIFIC}\s+", "", m.group("name"))
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in name.split())
