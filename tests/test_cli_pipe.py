"""A reader that stops early (`chronik parse --json | head`) ends chronik quietly, not with a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_parse_json_into_a_reader_that_closes_early_ends_without_a_traceback() -> None:
    chronik = subprocess.Popen([sys.executable, "-m", "chronik", "parse", "--json", "--config", "config.yaml"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert chronik.stdout is not None and chronik.stderr is not None
    head = chronik.stdout.read(200)  # the start of the JSON, then the reader goes away
    chronik.stdout.close()
    err = chronik.stderr.read().decode()
    code = chronik.wait(timeout=60)
    assert head.lstrip().startswith(b"{")
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert code in (0, 141)  # 0 when the whole JSON fitted in the pipe before it closed
