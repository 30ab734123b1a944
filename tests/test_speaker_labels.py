"""The written forms of a speaker's label (chronik.segment.speaker_labels), each read directly: what each form
accepts, and the lines it must not take for a turn."""

from __future__ import annotations

import pytest

from chronik.segment import speaker_labels as labels


@pytest.mark.parametrize(("text", "expected"), [
    ("REPORTER: Has the ceasefire held overnight?", "REPORTER"),
    ("MS O'NEILL: We have nothing to announce today.", "MS O'NEILL"),
    ("Q: And the convoy to Mekele?", "Q"),  # one letter is a speaker in a transcript already found
    ("PRESENTER (Addis Ababa): Good evening.", "PRESENTER"),  # where they speak from is no part of the name
    ("  SPOKESMAN: No comment.  ", "SPOKESMAN"),
    ("Spokesman: No comment.", None),  # a name as written is no speaker in capitals
    ("EXCLUSIVE:no space after the colon", None),
    ("The talks in Jeddah resumed on Tuesday.", None),
])
def test_a_speaker_in_capitals_opens_a_transcripts_line(text: str, expected: str | None) -> None:
    assert labels.capitals_speaker(text) == expected


def test_what_a_turn_says_is_its_text_without_the_speaker() -> None:
    assert labels.said("PRESENTER (Addis Ababa): Good evening. Fighting resumed.") == "Good evening. Fighting resumed."
    assert labels.said("  The talks resumed.  ") == "The talks resumed."


@pytest.mark.parametrize(("text", "expected"), [
    ("HOST: Where are the displaced going tonight?", True),
    ("LYSE DOUCET (Kyiv): The sirens have stopped for now.", True),
    ("JOHN Q. PUBLIC: I heard the drones at two in the morning.", True),
    ("Q: Is the corridor open?", False),  # a name of two letters or more
    ("WHO: Cholera cases rise in Khartoum", False),  # a headline naming its source ends as no sentence
    ("BREAKING: Tigray forces enter Dessie.", False),  # a title's flag
    ("Host: Where are the displaced going?", False),  # not in capitals
    ("ONE TWO THREE FOUR FIVE: Five words are no speaker.", False),
    # a turn that closes on a colon over a list, after a sentence of its own
    ("MAJ. GEN. RAMOS: Thank you, sir. Our update is as of 6:00 PM yesterday:", True),
    ("CASUALTIES: as of 6:00 PM yesterday:", False),  # a label over a list, no sentence in it
])
def test_a_line_a_speaker_in_capitals_says_ends_as_a_sentence(text: str, expected: bool) -> None:
    assert labels.speaker_turn(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Wenbin: Taiwan is an inalienable part of China.", "Wang Wenbin"),
    ("Kyodo News: Will the minister visit Seoul next week?", "Kyodo News"),
    ("Follow-up: Did the side inform you in advance?", "Follow-up"),
    ("  TASS: What is the ministry's view?", "TASS"),
    ("Kyodo: Summit talks stall", None),  # a headline ends as no sentence
    ("interpreter: We will answer in writing.", None),  # a speaker's name starts in capitals
    # a name with its titles and an honorific, as an official transcript writes it
    ("Foreign Secretary Shri Vikram Misri: Thank you. I would like to reiterate our position.",
     "Foreign Secretary Shri Vikram Misri"),
    ("Deputy Foreign Minister Hon. Jane Doe: We have summoned the ambassador.",
     "Deputy Foreign Minister Hon. Jane Doe"),
    ("One Two Three Four Five Six Seven: Too many words for a speaker.", None),
])
def test_a_speaker_named_as_written_says_a_sentence(text: str, expected: str | None) -> None:
    assert labels.written_speaker(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Hua Chunying: The so-called accusation is groundless.", "Hua Chunying"),
    ("Bloomberg: Does the ministry confirm the visit?", "Bloomberg"),
    ("Phoenix TV:   Can you give details?", "Phoenix TV"),
    ("AP: ", None),  # nothing said after the label
    ("Q: Is it true?", None),  # a label of fewer than three characters
    ("The ministry said on Monday that talks will go on.", None),
])
def test_a_press_conferences_label_is_any_short_label_before_a_colon(line: str, expected: str | None) -> None:
    assert labels.press_label(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chairwoman GRANGER. The subcommittee will come to order.", "Chairwoman Granger"),
    ("Representative DeLAURO. Thank you, Madam Chair.", "Representative DeLauro"),
    ("Senator VAN HOLLEN. Thank you, General.", "Senator Van Hollen"),
    ("Vice  Chairman COLLINS. I yield back.", "Vice Chairman Collins"),
    ("The CHAIR. Without objection, so ordered.", "The Chair"),
    ("Governor NOEM. Thank you.", None),  # no title the print writes before a surname
    ("Senator MENENDEZ.", None),  # a turn says something after its full stop
    ("Senator Menendez said the aid would pass.", None),
    ("HAMAS. The group said it would respond.", None),
])
def test_a_printed_hearings_turn_opens_with_title_surname_in_capitals_and_a_full_stop(
        text: str, expected: str | None) -> None:
    assert labels.printed_hearing_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. MacDONALD of Ohio. Will the gentleman yield?", ("Mr.", "MacDonald")),
    ("Ranking Member O'BRIEN.", None),  # "Member" is no title a record gives
    ("Ranking Senator O'BRIEN. I thank the chair.", ("Ranking Senator", "O'Brien")),
    ("Lieutenant General SMITH-JONES. The brigade is ready.", ("Lieutenant General", "Smith-Jones")),
    ("Governor NOEM.", ("Governor", "Noem")),  # a record's turn may end its line at the full stop
    ("The CHAIRMAN. The committee will come to order.", None),  # a role alone names no one
    ("Hezbollah Warns ISRAEL. The group fired rockets.", None),  # words that are no title
])
def test_a_hearings_speaker_is_a_title_of_the_record_and_a_surname_as_written(
        text: str, expected: tuple[str, str] | None) -> None:
    assert labels.hearing_speaker(text) == expected


@pytest.mark.parametrize(("caps", "written"), [
    ("WICKER", "Wicker"),
    ("THOMAS-GREENFIELD", "Thomas-Greenfield"),
    ("AL-SAHHAF", "Al-Sahhaf"),
    ("O'ROURKE", "O'Rourke"),
    ("D’AMATO", "D’Amato"),
    ("PEOPLE'S DEFENCE FORCE", "People's Defence Force"),
    ("McCAUL", "McCaul"),
    ("DeLAURO", "DeLauro"),
    ("MacDONALD", "MacDonald"),
    ("SECRETARY OF DEFENSE", "Secretary of Defense"),
    ("THE CHAIRMAN", "The Chairman"),
    ("U.S. ARMY", "U.S. Army"),
    ("MR. BURNS", "Mr. Burns"),
    ("LT. GEN. SMITH", "Lt. Gen. Smith"),
])
def test_a_label_in_capitals_is_recased_one_way_for_every_reader(caps: str, written: str) -> None:
    assert labels.recased(caps) == written


def test_a_hearing_speaker_and_a_transcript_turn_recase_a_surname_alike() -> None:
    # (the printed record's reader and the claimant's once wrote "DeLauro" and "Delauro", "O'rourke" and "O'Rourke")
    assert labels.printed_hearing_speaker("Representative DeLAURO. Thank you, Madam Chair.") == \
        "Representative DeLauro"
    assert labels.hearing_speaker("Ms. DeLAURO of Connecticut. Thank you.") == ("Ms.", "DeLauro")
    assert labels.hearing_speaker("Mr. O'ROURKE of Texas. Thank you.") == ("Mr.", "O'Rourke")
