"""A note of the day the figures under it stand at ("Figures updated as of 26 March 2021.") dates those figures, up
to the next section's label; the report's sections below are dated by their own words or by the page. A lead-in that
says when the report's news stands ("As of 26 March, ...:") still dates what follows it.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

DIGEST = """
Conflict Weekly: 22-28 March
By the Numbers: the province, 2017-2021
Figures updated as of 26 March 2021.
• Total number of organized violence events: 841
• Total number of reported fatalities from organized violence: 2,702
Situation Summary
The dry season is over. Insurgents launched their long-anticipated offensive on the district capital this week.
• On 22 March, insurgents ambushed a group of woodcutters near the river, killing two men.
"""


def test_the_figures_day_ends_with_their_box():
    updates = parse_page(DIGEST, dt.date(2021, 3, 30), "Africa/Maputo")
    assert of(updates, "Total number of organized violence events").date == "2021-03-26"
    summary = of(updates, "The dry season is over.")
    assert (summary.date, summary.date_basis) == ("2021-03-30", "publication")
    assert of(updates, "On 22 March, insurgents ambushed").date == "2021-03-22"
