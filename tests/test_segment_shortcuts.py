"""The parser's shortcuts find what the plain way would: furniture tests asked of all categories at once,
patterns searched only where the text they need is, folded text for case-insensitive words, and data files
read by the faster YAML readers."""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from chronik.errors import ChronikError
from chronik.extract.lexicon import read_lexicon
from chronik.extract.schema import load_unmarked, packaged
from chronik.segment.blocks import split_blocks
from chronik.segment.boilerplate import _QUOTED, _WE, _named, _publisher_regex, _self_promotion
from chronik.segment.headings import _nearest
from chronik.segment.lexicon import DATA, SAFE_LOADER, Phrases, lexicon
from chronik.segment.literals import AnyPattern, fold, needs
from chronik.yamlsrc import load_marked

RAW = yaml.safe_load((DATA / "boilerplate.yaml").read_text(encoding="utf-8"))
PATTERNS = [re.compile(p, re.I) for section in ("drop", "keep") for c in RAW[section].values()
            for p in c.get("patterns", [])]

# pieces of furniture and of news, with the letters re.I takes for ASCII ones and the marks patterns need
PIECES = ["Photo:", "photo", "REUTERS/", "Reuters", "AP", "/", " / ", "(", ")", "[", "]", "File:", "Getty Images",
          "Jane Doe", "Retrieved", "retrieved", "5 March 2022", "March 5, 2022", ".", "https://", "http://x.org/a",
          "www.", "see", "at", "on", "here", ":", "Archived from the original", "ARCHİVED", "ſee", "ıt", "\u212aiev",
          "copyright", "©", "(copyright AP)", "Comments", "12", "1,204", "K", "Likes", "share", "|", "Twitter",
          "Home", "›", "Next", "»", "by", "By Jane Doe", "Reporting by", "; editing by", "#Kyiv", "Note:",
          "Editor’s note:", "via", "Download report", "(PDF | 350 KB)", "3 min read", "2 hours ago", "just now",
          "The army said on Monday it shelled the town.", "hyperlink to the source is required", "“quoted”",
          "Log in", "Cookies", "we use cookies", "Subscribe now", "Leave a Reply", "Image caption,", "^", "↑"]
GLUE = ["", " ", " ", ", ", ". ", "\t", " - "]
lines = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GLUE)), min_size=1, max_size=8).map(
    lambda parts: "".join(p + g for p, g in parts).strip())


@settings(max_examples=400, deadline=None)
@given(lines)
def test_any_pattern_matches_like_each_pattern(text: str) -> None:
    assert AnyPattern(PATTERNS).search(text, fold(text)) == any(p.search(text) for p in PATTERNS)


@settings(max_examples=400, deadline=None)
@given(lines, st.sampled_from([0, 0, 0, 3, 10, 25, 40, 70, 130]))
def test_categories_answer_like_asking_each_in_turn(text: str, filler: int) -> None:
    """Lines of every length: a category applies to lines of up to its number of words."""
    block = split_blocks([text + " and more" * (filler // 2)])[0]
    for categories in (lexicon().drop, lexicon().keep):
        plain = next((c for c in categories.members
                      if c.matches(block.text, block.words, block.tokens, block.folded)), None)
        assert categories.first(block.text, block.words, block.tokens, block.folded) is plain


@settings(max_examples=100, deadline=None)
@given(lines)
def test_without_the_private_regex_parser_every_pattern_is_simply_searched(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("chronik.segment.literals._parser", None)
        plain = AnyPattern(PATTERNS)
        assert plain.search(text, fold(text)) == any(p.search(text) for p in PATTERNS)
        assert plain.starts == () and needs(PATTERNS[0]) == ((), ())


def test_a_phrase_counts_only_within_its_category_s_length() -> None:
    block = split_blocks(["Powered by " + "word " * 20])[0]  # "site credit": at most 8 words
    assert lexicon().drop.first(block.text, block.words, block.tokens, block.folded) is None
    short = split_blocks(["Powered by WordPress"])[0]
    assert lexicon().drop.first(short.text, short.words, short.tokens, short.folded).name == "site credit"


@pytest.mark.parametrize(("pattern", "raw", "folded"), [
    (r"\b[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*/\s*(reuters|ap)\s*$", (), ("/",)),
    (r"\b(more|read)\b[^.]{0,40}\b(at|on)\s*:?\s*https?://\S+\s*$", (), ("http", "://")),
    (r"(^|[.)]\s+)(?-i:Retrieved)\s+(on\s+)?\d{4}", ("Retrieved",), ()),
    (r"\barchived from the original\b", (), ("archived from the original",)),
    (r"(ab|cd)x?(?:yz)+", (), ("yz",)),  # a branch holds no run in every match; an optional x none either
    (r"caf\u00e9s", (), ("caf", "s")),  # under re.I a letter other than ASCII is not looked for
])
def test_needs_reads_the_text_every_match_holds(pattern: str, raw: tuple, folded: tuple) -> None:
    assert needs(re.compile(pattern, re.I)) == (raw, folded)


def test_patterns_that_cannot_share_an_alternation_are_asked_alone() -> None:
    patterns = [re.compile(p, re.I) for p in (r"^a|b", r"^(x)\1$", r"^(?P<n>y)z", r"(?x)^ q r", r"^plain")]
    anyp = AnyPattern(patterns)
    assert [start.pattern for start in anyp.starts] == ["^(?:(?:^plain))"]
    for text in ("cb", "xx", "xy", "yz", "qr", "plain", "zzz", "q r"):
        assert anyp.search(text, fold(text)) == any(p.search(text) for p in patterns), text


def test_fold_makes_every_letter_re_i_takes_for_an_ascii_one_that_letter() -> None:
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or not re.fullmatch("[a-z]", char, re.I):
            continue
        assert len(fold(char)) == 1 and re.fullmatch(re.escape(fold(char)), char, re.I), hex(code)


SEGMENT = yaml.safe_load((DATA / "segment.yaml").read_text(encoding="utf-8"))
PHRASE_LISTS = [SEGMENT["lead_ins"]["phrases"], SEGMENT["section_labels"]["phrases"], SEGMENT["list_intros"],
                SEGMENT["subordinators"], SEGMENT["event_relative"], RAW["keep"]["other day"]["words"],
                RAW["keep"]["other day"]["away"], *(c["phrases"] for c in RAW["drop"].values() if "phrases" in c)]
WORDS = sorted({w for phrases in PHRASE_LISTS for p in phrases for w in re.split(r"(\s+)", str(p))} | {
    "SINCE", "Here", "HERE’S", "yesterday’s", "ſince", "WHİCH", "\u212aey", "ıt", "cookies", "©", "x", "1", "_"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=1, max_size=10),
       st.sampled_from(range(len(PHRASE_LISTS))))
def test_phrases_match_where_a_case_insensitive_regex_does(parts: list[tuple[str, str]], which: int) -> None:
    text = "".join(w + g for w, g in parts)
    words = {str(p) for p in PHRASE_LISTS[which]}
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    plain = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)
    phrases = Phrases(words)
    assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group().lower() for m in phrases.finditer(text)] == [fold(m.group()) for m in plain.finditer(text)]


def test_folding_keeps_every_character_in_its_place_and_kind() -> None:
    """What lets a folded text be searched in place of the text: same length, same word and blank characters,
    and no letter other than a character's own lower case and the four ``re.I`` takes for ASCII ones."""
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        low = fold(char)
        assert len(low) == 1, hex(code)
        assert bool(re.match(r"\w", char)) == bool(re.match(r"\w", low)), hex(code)
        assert bool(re.match(r"\s", char)) == bool(re.match(r"\s", low)), hex(code)


@pytest.mark.parametrize(("text", "found"), [("Ever SINCE then", "SINCE"), ("evensince", None), ("since_", None),
                                             ("ſince 2020", "ſince"), ("sincerely", None), ("here  is", "here  is")])
def test_phrases_stand_on_word_boundaries_in_any_case(text: str, found: str | None) -> None:
    m = Phrases(["since", "here is"]).search(text)
    assert (text[m.start():m.end()] if m else None) == found


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_libyaml_reads_each_data_file_as_pyyaml_does(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert yaml.load(text, Loader=SAFE_LOADER) == yaml.safe_load(text)


def _plain(value: object) -> object:
    """The data with the kind of each value (the marked reader's subclasses of str, int and float as those)."""
    if isinstance(value, dict):
        return [(_plain(k), _plain(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    kind = next(t for t in (bool, int, float, str, type(None), object) if isinstance(value, t))
    return kind.__name__, str(value)


@pytest.mark.parametrize("name", ["claims.yaml", "sides.yaml", "gazetteer.yaml"])
def test_shipped_extract_files_read_without_marks_hold_the_same_data(name: str) -> None:
    fast, marked = load_unmarked(DATA / name), load_marked(DATA / name)
    assert type(fast) is type(marked) and _plain(fast) == _plain(marked)


def test_a_problem_in_a_shipped_file_is_reported_where_it_is(tmp_path: Path) -> None:
    bad = tmp_path / "claims.yaml"
    bad.write_text("verbs:\n  strong: [said]\nnot_a_list_name: [x]\n", encoding="utf-8")
    with pytest.raises(ChronikError) as err:
        packaged(functools.partial(read_lexicon, bad))
    assert [(p.line, p.col) for p in err.value.problems] == [(3, 1)]
    bad.write_text("verbs:\n  strong: [said\n", encoding="utf-8")  # the marked reader says where it stopped
    with pytest.raises(ChronikError) as err:
        packaged(functools.partial(read_lexicon, bad))
    assert err.value.problems[0].line > 0 and err.value.problems[0].message.startswith("YAML syntax error")


SPEECH = ["We", "we", "WE", "our", "Our", "us", "US", "w", "e", "ou", "r", "“", "”", '"', "«", "»", "Kyiv Independent",
          "this report", "said", "support", "the", "Reuters"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SPEECH), st.sampled_from(GLUE)), min_size=1, max_size=12))
@example([("w", ""), ("“", ""), ("said", ""), ("”", ""), ("e", " "), ("Kyiv Independent", "")])  # a seam's "we"
def test_self_promotion_is_told_as_without_the_shortcut(parts: list[tuple[str, str]]) -> None:
    """A block is looked at closely only when it has "we", "our", "us" or a quote that could hide a seam."""
    block = split_blocks(["".join(w + g for w, g in parts)])[0]
    publisher = _publisher_regex("The Kyiv Independent")
    unquoted = _QUOTED.sub("", block.text)
    # (the publisher named as whom somebody told something, "... said Kyiv Independent", is no naming: see _named)
    plain = bool(_WE.search(unquoted)) and bool(_named(publisher, block.text) or (
        lexicon().self_references.search(unquoted)))
    assert _self_promotion(block, publisher) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=12), st.integers(0, 32))
def test_the_nearest_full_date_is_found_by_bisection_as_by_min(blocks: list[int], k: int) -> None:
    full = [(b, dt.date(2022, 1, 1) + dt.timedelta(days=n)) for n, b in enumerate(sorted(blocks))]
    assert _nearest(full, [b for b, _ in full], k) == min(full, key=lambda f: (abs(f[0] - k), f[0] < k))[1]
