"""Whether a paragraph with no day of its own tells more of the act the paragraph above reported.

A wire story reports an act in its first paragraph ("... suicide bombers struck three markets ...", "... forces
conducted strikes on ... targets") and then tells it on without naming it again in full: by a definite description
of that act ("The attacks, which came minutes apart, targeted ...", "The strikes hit radar sites ...", "During the
battles, two tanks were destroyed."), or by what was heard of it ("Heavy gunfire and explosions were heard near
the airport ..."). Such a paragraph is a detail of that update, not an update of its own: it names no new act of its
own day (the caller asks that first), only the one above again.
"""

from __future__ import annotations

import re

# "The attacks", "The twin strikes", "The Israeli air raid", "During the battles,", "In the attack,": the act above
# by a definite description (an optional numbered paragraph's number before it: "6. The attacks followed ...")
_ACT_DESCRIBED = re.compile(r"^(?:\d{1,3}\.\s+)?(?:(?:During|In)\s+(?:the|these|those)|The)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:attack|strike|airstrike|air\s+strike|bombing|blast|explosion|raid|shelling|assault|"
                            r"battle|clash)(?:s|es)?\b(?![’'-])")
# the act reported above: a verb or a noun of striking ("struck", "attacked", "launched strikes", "shelled")
_ACT_REPORTED = re.compile(r"\b(?:attack(?:s|ed)?|(?:air\s?)?strikes?|struck|bomb(?:s|ed|ings?|ers?)?|blasts?|"
                           r"explosions?|explod(?:ed|ing)|raid(?:s|ed)?|shell(?:ed|ing)|assault(?:s|ed)?|battles?|"
                           r"clash(?:es|ed)?|fighting|fought|fired|launched)\b", re.I)
# "Heavy gunfire and explosions were heard ...", "Explosions could be heard ...", "Loud blasts were also heard ..."
_HEARD = re.compile(r"^(?:(?:heavy|loud|intense|sporadic|several|multiple)\s+)?(?:gunfire|explosions?|blasts?|"
                    r"shelling|shooting|sirens|booms?|detonations?)\s+(?:and\s+(?:[\w-]+\s+)?[\w-]+\s+)?"
                    r"(?:were|was|could\s+be|have\s+been|had\s+been)\s+(?:also\s+)?heard\b", re.I)


def told_on(text: str, above: str) -> bool:
    """Whether ``text`` tells on the act the paragraph ``above`` reported: it opens on a definite description of an
    act ("The strikes targeted ...") and that paragraph reports one ("... forces conducted strikes ..."), or it opens
    on the sounds heard of it ("Explosions were heard in the capital ...")."""
    if _HEARD.match(text):
        return True
    return _ACT_DESCRIBED.match(text) is not None and _ACT_REPORTED.search(above) is not None
