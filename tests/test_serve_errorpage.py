"""The error page of a failed rebuild: file, line and message of real failures, escaped."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from chronik.errors import ChronikError, Problem
from chronik.serve.errorpage import explain, render, shown
from chronik.yamlsrc import load_marked
from tests.conftest import write


def render_template(folder: str, name: str) -> str:
    env = Environment(loader=FileSystemLoader(folder), autoescape=True)
    return env.get_template(name).render(entries=[{"title": "Shelling"}])


def failure(call, *args) -> BaseException:
    with pytest.raises(Exception) as info:
        call(*args)
    return info.value


class Text(HTMLParser):
    """The page as a reader sees it, and every element, to check the markup is well formed."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def read(page: str) -> Text:
    parser = Text()
    parser.feed(page)
    return parser


def test_broken_yaml_names_file_line_and_shows_the_lines(tmp_path: Path) -> None:
    day = write(tmp_path / "chronology" / "2021" / "2021-05-01.yaml", """
        - id: 2021-05-01-convoy
          title: Convoy <b>stopped</b>
          text: [unclosed
          date: '2021-05-01'
        """)
    exc = failure(load_marked, day, "chronology/2021/2021-05-01.yaml")
    problems, trace = explain(exc)
    assert trace is None  # the user's to fix, not a bug: no traceback
    page = render(problems, trace, tmp_path, "chronology/2021/2021-05-01.yaml changed")
    shown = read(page)
    text = "".join(shown.text)
    assert f"chronology/2021/2021-05-01.yaml:{problems[0].line}:" in text
    assert "YAML syntax error" in text
    assert "Convoy <b>stopped</b>" in text and "b" not in shown.tags  # the excerpt is text, not markup
    assert "mark" in shown.tags and "</head>" in page  # the problem line is marked; room for the script


def test_template_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    write(tmp_path / "day.html", "<h1>Day</h1>\n<ul>\n{% for e in entries %}\n<li>{{ e.title | }}\n{% endfor %}\n")
    problems, trace = explain(failure(render_template, str(tmp_path), "day.html"))
    assert (Path(problems[0].file), problems[0].line) == (tmp_path / "day.html", 4)
    assert "template syntax error" in problems[0].message and trace
    page = render(problems, trace, tmp_path, "templates/day.html changed")
    assert "day.html:4:" in "".join(read(page).text)
    assert shown(problems[0], tmp_path).file == "day.html"


def test_template_runtime_error_names_the_innermost_template_line(tmp_path: Path) -> None:
    write(tmp_path / "base.html", "<main>\n{% block main %}{% endblock %}\n</main>\n")
    write(tmp_path / "day.html", '{% extends "base.html" %}\n{% block main %}\n'
                                 "{% for e in entries %}\n{{ e.title.missing.deeper }}\n{% endfor %}\n{% endblock %}\n")
    problems, _ = explain(failure(render_template, str(tmp_path), "day.html"))
    assert (Path(problems[0].file), problems[0].line) == (tmp_path / "day.html", 4)
    assert "UndefinedError" in problems[0].message


@pytest.mark.parametrize("pool", ["futures", "multiprocessing"])
def test_template_error_in_a_worker_process_still_names_the_line(tmp_path: Path, pool: str) -> None:
    write(tmp_path / "feed.xml", "<feed>\n{% for e in entries %}\n{{ e.title + 1 }}\n{% endfor %}\n</feed>\n")
    if pool == "futures":
        with ProcessPoolExecutor(1) as workers:
            exc = failure(lambda: workers.submit(render_template, str(tmp_path), "feed.xml").result())
    else:
        with multiprocessing.get_context("fork").Pool(1) as workers:
            exc = failure(workers.apply, render_template, (str(tmp_path), "feed.xml"))
    problems, _ = explain(exc)
    assert (Path(problems[0].file), problems[0].line) == (tmp_path / "feed.xml", 3)


def test_a_bug_is_reported_as_one_with_its_traceback_escaped(tmp_path: Path) -> None:
    def broken() -> None:
        raise KeyError("<script>alert(1)</script>")

    problems, trace = explain(failure(broken))
    assert problems[0].file == "chronik" and "KeyError" in problems[0].message
    page = render(problems, trace, tmp_path, "seeds/x.txt changed")
    assert "<script>" not in page
    assert "details" in read(page).tags and "test_serve_errorpage.py" in page


def test_every_problem_of_a_chronik_error_is_listed(tmp_path: Path) -> None:
    exc = ChronikError([Problem("config.yaml", 3, 5, "unknown key 'titel' in config", "one of title, ..."),
                        Problem("config.yaml", 9, 3, "bad value for 'published'", "a date YYYY-MM-DD")])
    text = "".join(read(render(*explain(exc), tmp_path, "config.yaml changed")).text)
    assert "config.yaml:3:5" in text and "config.yaml:9:3" in text and "a date YYYY-MM-DD" in text
