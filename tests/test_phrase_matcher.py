"""The phrase matcher finds what a whole-word regular expression of each phrase would, longest first."""

from __future__ import annotations

import random
import re

import pytest

from chronik.extract.matcher import PhraseMatcher, phrase_set


def spans(matcher: PhraseMatcher, text: str, start: int = 0, end: int | None = None) -> list[tuple[str, tuple]]:
    return [(m.text, m.values) for m in matcher.finditer(text, start, end)]


def test_whole_words_only() -> None:
    m = phrase_set(["Armenia"])
    assert spans(m, "Armenians and Armenia's army; ARMENIA") == [("Armenia", ("Armenia",)), ("ARMENIA", ("Armenia",))]


def test_a_space_in_a_phrase_matches_any_run_of_whitespace_but_none_is_not_a_space() -> None:
    m = phrase_set(["Defence Ministry", "Nagorno-Karabakh"])
    assert [t for t, _ in spans(m, "the Defence \n  Ministry of Nagorno-Karabakh")] == ["Defence \n  Ministry",
                                                                                     "Nagorno-Karabakh"]
    assert spans(m, "DefenceMinistry, Nagorno - Karabakh") == []


def test_longest_phrase_first_and_matches_do_not_overlap() -> None:
    m = phrase_set(["Ministry", "Defence Ministry", "Ministry of Defence", "Defence"])
    assert [t for t, _ in spans(m, "Defence Ministry of Defence")] == ["Defence Ministry", "Defence"]


def test_a_longer_phrase_that_ends_inside_a_word_gives_way_to_a_shorter_one() -> None:
    m = phrase_set(["U.S.", "U.S"])
    assert [t for t, _ in spans(m, "U.S.A. and U.S.-led")] == ["U.S", "U.S."]


def test_a_phrase_that_starts_with_punctuation_needs_no_word_before_it() -> None:
    m = phrase_set(["(AP)"])
    assert [t for t, _ in spans(m, "KYIV (AP) — and x(AP)")] == ["(AP)"]


def test_case_variants_and_case_insensitive_matching() -> None:
    cased = phrase_set(["said"])
    assert [t for t, _ in spans(cased, "said Said SAID sAid")] == ["said", "Said", "SAID"]
    folded = phrase_set(["Said"], case_sensitive=False)
    assert [t for t, _ in spans(folded, "said sAid")] == ["said", "sAid"]


def test_values_of_a_phrase_listed_twice_are_merged() -> None:
    m = PhraseMatcher({"Baku": ["azerbaijani"], "BAKU": ["capital"]})
    assert spans(m, "BAKU") == [("BAKU", ("azerbaijani", "capital"))]


def test_start_sees_the_character_before_it_and_end_cuts_the_text() -> None:
    m = phrase_set(["Karabakh", "Kara"])
    text = "Nagorno-Karabakh"
    assert spans(m, text, 8) == [("Karabakh", ("Karabakh",))]
    assert spans(m, "xKarabakh", 1) == []  # a word goes on before the start
    assert spans(m, text, 8, 12) == [("Kara", ("Kara",))]  # the text is taken to stop at the end


def test_an_empty_matcher_finds_nothing() -> None:
    m = phrase_set(["  "])
    assert not m
    assert spans(m, "anything") == []


def _reference(phrases: list[str], text: str, case_sensitive: bool) -> list[str]:
    """What one regular expression of all phrases (longest first, whole words) finds."""
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    flags = 0 if case_sensitive else re.IGNORECASE
    return [m.group() for m in re.finditer(rf"(?<!\w)(?:{body})(?!\w)", text, flags)]


@pytest.mark.parametrize("case_sensitive", [True, False])
def test_random_texts_match_the_regular_expression_of_the_phrases(case_sensitive: bool) -> None:
    vocabulary = ["Kyiv", "kyiv", "Kyivan", "Defence", "Ministry", "of", "U.S.", "U.S", "-", "(", ")", "'s",
                  "Nagorno", "Karabakh", "Nagorno-Karabakh", "al-Assad", "Assad", "ЗСУ", "Київ", ",", "."]
    rng = random.Random(7)
    phrases = sorted({" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 3))) for _ in range(40)})
    phrases = [p for p in phrases if p.strip()]
    matcher = phrase_set(phrases, case_sensitive)
    for _ in range(400):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 12))]
        text = "".join(w + rng.choice(["", " ", "  ", "\n"]) for w in words)
        expected = _reference(phrases if case_sensitive else [p.lower() for p in phrases], text, case_sensitive)
        if case_sensitive:  # the matcher also takes a phrase in capitals or capitalised
            variants = {v for p in phrases for v in (p, p.upper(), p[:1].upper() + p[1:] if p[:1].islower() else p)}
            expected = _reference(sorted(variants), text, True)
        assert [m.text for m in matcher.finditer(text)] == expected, text
