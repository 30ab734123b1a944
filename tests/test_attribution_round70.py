"""Round 70: a page set all in capitals (a wire service's teletype take, a cable) is read in ordinary case, so that
its claimants are found by the same rules as any other page's."""

from __future__ import annotations

from chronik.extract import annotate, load_extract_data
from chronik.extract.all_caps import recase, shouting
from chronik.model import Update

UPI_TAKE = ("JERUSALEM (UPI) -- ISRAELI ARMOR CROSSED THE SUEZ CANAL NORTH OF THE GREAT BITTER LAKE TODAY AND "
            "DESTROYED SEVERAL EGYPTIAN MISSILE SITES, THE ISRAELI MILITARY COMMAND SAID.")
CABLE = ("LONDON -- PRIME MINISTER MARGARET THATCHER TOLD THE HOUSE OF COMMONS TONIGHT THAT BRITISH TROOPS HAD "
         "LANDED ON THE FALKLAND ISLANDS, AND A DEFENCE MINISTRY SPOKESMAN SAID THE LANDING WAS UNOPPOSED.")


def test_a_take_in_capitals_is_shouting_a_headline_is_not() -> None:
    assert shouting(UPI_TAKE)
    assert not shouting("UKRAINE LIVE: Russian drones hit Odesa overnight, officials say")
    assert not shouting("NATO SAYS")  # too short to tell a take from a kicker


def test_recase_keeps_the_length_and_gives_names_their_capitals() -> None:
    text = recase(UPI_TAKE)
    assert len(text) == len(UPI_TAKE)
    assert text.startswith("Jerusalem (UPI) -- Israeli armor crossed the ")
    assert "the Israeli military command said." in text
    cable = recase(CABLE)
    assert "minister Margaret Thatcher told" in cable  # a name after its title
    assert "British troops" in cable
    seoul = recase("SEOUL (AP) -- NORTH KOREAN ARTILLERY SHELLED YEONPYEONG ISLAND TODAY, THE SOUTH KOREAN "
                   "JOINT CHIEFS OF STAFF SAID, AND U.N. COMMAND OFFICERS WERE SENT TO THE BORDER.")
    assert seoul.startswith("Seoul (AP) -- North Korean artillery shelled")
    assert "the South Korean" in seoul
    assert "U.N. command" in seoul.replace("U.N. Command", "U.N. command")


def test_ordinary_text_is_left_alone() -> None:
    text = "Russian forces shelled Kherson overnight, the regional governor said."
    assert recase(text) is text


def test_a_take_in_capitals_names_its_claimant() -> None:
    data = load_extract_data()
    update = Update(source="take", lines=[1], text=UPI_TAKE)
    annotate(update, None, data)
    assert update.attribution is not None and update.attribution.who is not None
    assert "Israeli" in update.attribution.who
