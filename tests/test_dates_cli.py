"""``chronik dates``: one expression, and batches of JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.cli import main
from tests.conftest import write


def test_single_expression_prints_value_and_why(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no config.yaml here: must still work
    assert main(["dates", "Saturday evening", "--anchor", "2023-10-08"]) == 0
    value, why = capsys.readouterr().out.splitlines()
    assert value == "2023-10-07TEV"
    assert "Saturday" in why and "2023-10-08" in why


def test_epoch_start_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["dates", "day 11", "--anchor", "2022-03-10", "--epoch-start", "2022-02-24"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2022-03-06"


def test_epochs_come_from_config_yaml(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "seeds" / "a.txt", "text\n")
    write(tmp_path / "config.yaml", """
        title: Syria
        epochs:
          - name: Aleppo offensive
            start: 2016-11-15
        sources:
          - id: a
            file: seeds/a.txt
            publisher: P
        """)
    monkeypatch.chdir(tmp_path)
    assert main(["dates", "the 10th day", "--anchor", "2016-12-01"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2016-11-24"


def test_no_date_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["dates", "the convoy", "--anchor", "2023-10-08"]) == 1
    assert "no date" in capsys.readouterr().err


def test_bad_anchor_is_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["dates", "Friday", "--anchor", "08/10/2023"]) == 1
    assert "bad --anchor" in capsys.readouterr().err


def test_batch_answers_every_line_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cases = [{"text": "December 30", "dct": "2021-01-02"}, {"text": "no date here", "dct": "2021-01-02"},
             {"text": "Sunday", "dct": "2016-12-11"}, {"text": "Monday", "dct": "2016-12-14",
                                                       "context": "The convoy will leave on Monday."}]
    batch = write(tmp_path / "cases.jsonl", "\n".join(json.dumps(c) for c in cases) + "\n")
    assert main(["dates", "--batch", str(batch)]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert answers == [{"value": "2020-12-30"}, {"value": None}, {"value": "2016-12-11"}, {"value": "2016-12-19"}]


def test_batch_reports_a_broken_line_with_its_number(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    batch = write(tmp_path / "cases.jsonl", '{"text": "Friday", "dct": "2023-10-08"}\n{"text": "Friday"}\n')
    assert main(["dates", "--batch", str(batch)]) == 1
    assert "cases.jsonl:2:1" in capsys.readouterr().err


def _batch(tmp_path: Path, capsys: pytest.CaptureFixture[str], cases: list[dict[str, str]]) -> list[str | None]:
    batch = write(tmp_path / "cases.jsonl", "\n".join(json.dumps(c) for c in cases) + "\n")
    assert main(["dates", "--batch", str(batch)]) == 0
    return [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()]


def test_batch_lines_of_one_dct_are_one_document(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cases = [{"text": "June 2", "dct": "2019-06-20"}, {"text": "the following day", "dct": "2019-06-20"},
             {"text": "the following day", "dct": "2019-07-01"}]  # a new dct: a new document, no June 2
    assert _batch(tmp_path, capsys, cases) == ["2019-06-02", "2019-06-03", "2019-07-02"]


def test_batch_doc_field_separates_documents(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cases = [{"text": "June 2", "dct": "2019-06-20", "doc": "a"},
             {"text": "then", "dct": "2019-06-20", "doc": "b"},    # same dct, another document: nothing said before
             {"text": "May 30", "dct": "2019-06-20", "doc": "b"},
             {"text": "then", "dct": "2019-06-20", "doc": "b"}]
    assert _batch(tmp_path, capsys, cases) == ["2019-06-02", None, "2019-05-30", "2019-05-30"]
