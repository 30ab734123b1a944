"""``chronik serve`` as a user runs it: a real server process, real HTTP, a real browser."""

from __future__ import annotations

import http.client
import io
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.conftest import write

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
# How fast an edit shows is measured by benchmarks/bench_reload.py, which prints the seconds; a timed assert
# here would fail under a loaded CI machine, not when serve is slow.


@dataclass
class Served:
    root: Path
    port: int
    proc: subprocess.Popen
    log: Path

    def get(self, path: str, host: str | None = None) -> tuple[int, str]:
        """A GET with ``path`` sent exactly as given (http.client does not normalise ``..``)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.putrequest("GET", path, skip_host=True)
            conn.putheader("Host", host or f"127.0.0.1:{self.port}")
            conn.putheader("Accept", "text/html")
            conn.endheaders()
            resp = conn.getresponse()
            return resp.status, resp.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, path: str, test, timeout: float = 10.0) -> tuple[int, str]:
        """Poll ``path`` until ``test(status, body)`` holds; fail with the server's output otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            status, body = self.get(path)
            if test(status, body):
                return status, body
            if time.monotonic() > deadline:
                pytest.fail(f"{path} still {status} after {timeout} s; server said:\n{self.output()}")
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(root: Path, *extra: str) -> Served:
    port = free_port()
    log = root.parent / f"serve-{port}.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "chronik", "serve", "--port", str(port),
                                 "--config", str(root / "config.yaml"), *extra],
                                cwd=root, stdout=out, stderr=subprocess.STDOUT)
    served = Served(root, port, proc, log)
    deadline = time.monotonic() + 30
    while "serving " not in served.output():  # said once the first build is done
        if proc.poll() is not None:
            pytest.fail(f"chronik serve exited with {proc.returncode}:\n{served.output()}")
        if time.monotonic() > deadline:
            stop(served)
            pytest.fail(f"chronik serve did not start within 30 s:\n{served.output()}")
        time.sleep(0.1)
    return served


def stop(served: Served) -> None:
    served.proc.terminate()
    try:
        served.proc.wait(5)
    except subprocess.TimeoutExpired:
        served.proc.kill()
        served.proc.wait(5)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """A one-source project with an empty chronology, served for the whole module."""
    root = tmp_path_factory.mktemp("tiny") / "site"
    write(root / "config.yaml", """
        title: A small war, chronicled
        sources:
          - id: tiny-news-2021-03-04
            file: seeds/page.txt
            publisher: Tiny News
            published: 2021-03-04
            timezone: Europe/Vilnius
        """)
    write(root / "seeds" / "page.txt", "Live updates\n\n10:15 Shelling reported near the bridge.\n")
    (root / "chronology").mkdir()
    served = start_serve(root)
    yield served
    stop(served)


def listeners(port: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp*) of the sockets listening on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if fields[3] == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net/tcp")
def test_listens_on_loopback_only_by_default(tiny: Served) -> None:
    assert listeners(tiny.port) == ["0100007F"]  # 127.0.0.1, nothing on 0.0.0.0 or ::
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
        own = probe.getsockname()[0]
    if not own.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((own, tiny.port), timeout=2).close()


@pytest.mark.parametrize("path", ["/../config.yaml", "/%2e%2e/config.yaml", "/%2E%2E/%2e%2e/site/config.yaml",
                                  "/static/../../config.yaml", "//etc/passwd", "/..%2fconfig.yaml"])
def test_refuses_paths_outside_build(tiny: Served, path: str) -> None:
    status, body = tiny.get(path)
    assert status in (400, 403, 404)
    assert "tiny-news-2021-03-04" not in body and "root:" not in body


def test_refuses_symlinks_out_of_build(tiny: Served) -> None:
    build = tiny.root / "build"
    (build / "leak.yaml").symlink_to(tiny.root / "config.yaml")
    (build / "project").symlink_to(tiny.root, target_is_directory=True)
    try:
        for path in ("/leak.yaml", "/project/config.yaml", "/project/seeds/page.txt"):
            status, body = tiny.get(path)
            assert status in (403, 404), path
            assert "Tiny News" not in body and "Shelling" not in body
    finally:
        (build / "leak.yaml").unlink()
        (build / "project").unlink()


def test_a_port_in_use_is_an_error_not_a_traceback(tiny: Served) -> None:
    done = subprocess.run([sys.executable, "-m", "chronik", "serve", "--port", str(tiny.port),
                           "--config", str(tiny.root / "config.yaml")], capture_output=True, text=True, timeout=30)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{tiny.port}" in done.stderr and "Traceback" not in done.stderr


def test_serves_the_site_with_the_reload_script(tiny: Served) -> None:
    status, body = tiny.get("/")
    assert status == 200, tiny.output()
    assert "A small war, chronicled" in body and "livereload.js" in body
    assert tiny.get("/livereload.js")[0] == 200


def test_refuses_a_foreign_host_header(tiny: Served) -> None:
    assert tiny.get("/", host="attacker.example")[0] == 403


def build_stamp(served: Served) -> str:
    """The build number the preview stamps on a page it serves (its cookie)."""
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    try:
        conn.request("GET", "/", headers={"Accept": "text/html"})
        resp = conn.getresponse()
        resp.read()
        found = re.search(r"chronik_build=(\d+)", resp.getheader("Set-Cookie") or "")
    finally:
        conn.close()
    assert found, "the page carries no build stamp"
    return found.group(1)


def reload_said(served: Served, stamp: str, wait: float) -> bool:
    """Open the reload socket as livereload.js does (hello, then info), from a page stamped ``stamp``:
    whether the server says to reload within ``wait`` seconds."""
    import asyncio
    import json

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    async def talk() -> bool:
        request = HTTPRequest(f"ws://127.0.0.1:{served.port}/livereload", headers={"Cookie": f"chronik_build={stamp}"})
        socket_ = await websocket_connect(request)
        try:
            socket_.write_message(json.dumps({"command": "hello", "protocols": [
                "http://livereload.com/protocols/official-7"]}))
            assert json.loads(await socket_.read_message())["command"] == "hello"
            socket_.write_message(json.dumps({"command": "info", "url": f"http://127.0.0.1:{served.port}/"}))
            try:
                said = await asyncio.wait_for(socket_.read_message(), wait)
            except TimeoutError:
                return False
            return json.loads(said)["command"] == "reload"
        finally:
            socket_.close()

    return asyncio.run(talk())


def test_a_page_whose_socket_opens_after_a_build_reloads_at_once(tiny: Served) -> None:
    """A save landing while a page loads: the build's reload went out before the page's socket was open,
    so the page learns it is stale when it says hello."""
    old = build_stamp(tiny)
    config = tiny.root / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "# saved again\n", encoding="utf-8")
    deadline = time.monotonic() + 20
    while (new := build_stamp(tiny)) == old:  # the build the save started has finished
        assert time.monotonic() < deadline, tiny.output()
        time.sleep(0.1)
    assert reload_said(tiny, old, wait=5)
    assert not reload_said(tiny, new, wait=1)  # a current page is left alone


def test_failed_build_shows_the_error_then_recovers(tiny: Served) -> None:
    broken = tiny.root / "chronology" / "2021" / "2021-03-04.yaml"
    write(broken, """
        - id: 2021-03-04-1015-shelling
          date: '2021-03-04'
          title: "Shelling <near> the bridge
          text: Shelling reported near the bridge.
        """)
    try:
        status, body = tiny.wait_for("/", lambda s, b: "The last build failed" in b)
        assert status == 500
        assert "chronology/2021/2021-03-04.yaml:" in body
        assert "livereload.js" in body  # the page keeps listening for the fix
        assert "&lt;near&gt;" in body and "<near>" not in body  # the excerpt is escaped
        assert re.search(r"build failed after [\d.]+ s: chronology/2021/2021-03-04\.yaml changed", tiny.output())
    finally:
        shutil.rmtree(broken.parent)
    status, body = tiny.wait_for("/", lambda s, b: s == 200)
    assert "The last build failed" not in body
    assert re.search(r"rebuilt in [\d.]+ s: chronology/2021/2021-03-04\.yaml changed", tiny.output())


def test_a_config_edit_rebuilds_without_reparsing_and_a_broken_one_is_shown(tiny: Served) -> None:
    config = tiny.root / "config.yaml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good.replace("title: A small war", "titel: A small war"), encoding="utf-8")
    status, body = tiny.wait_for("/", lambda s, b: "The last build failed" in b)
    assert status == 500
    assert "config.yaml:1:1" in body and "unknown key" in body and "titel" in body
    config.write_text(good.replace("A small war, chronicled", "A small war, retold"), encoding="utf-8")
    tiny.wait_for("/", lambda s, b: s == 200 and "A small war, retold" in b)
    assert re.search(r"rebuilt in [\d.]+ s: config\.yaml changed \(full build\)", tiny.output()), tiny.output()


def test_a_seed_edit_reparses_once_and_rebuilds(tiny: Served) -> None:
    seed = tiny.root / "seeds" / "page.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n11:30 A second convoy crossed the river.\n",
                    encoding="utf-8")
    deadline = time.monotonic() + 15
    while "re-parsed 1 source" not in tiny.output():
        assert time.monotonic() < deadline, tiny.output()
        time.sleep(0.1)
    assert re.search(r"rebuilt in [\d.]+ s: seeds/page\.txt changed \(re-parsed 1 source, \d+ pages re-rendered, "
                     r"\d+ files changed; search index updating in the background\)",
                     tiny.output())
    while "search index caught up in the background" not in tiny.output():  # a new entry: search finds it
        assert time.monotonic() < deadline, tiny.output()
        time.sleep(0.1)
    assert any("second convoy" in p.read_text(encoding="utf-8") for p in (tiny.root / "chronology").rglob("*.yaml"))
    time.sleep(0.5)  # the chronology the re-parse wrote must not count as a new save
    assert "rebuilt in" not in tiny.output().split("re-parsed 1 source", 1)[1], tiny.output()


# --- the browser: edit → the open page changes by itself ---------------------------------------------


def set_title(day_file: Path, title: str) -> None:
    """A person's edit: the first entry's title, everything else of the file kept, saved at once as an
    editor that writes a copy and renames it does (ruamel streaming into the file would save it in many
    small writes, and even one write truncates the file first: on a loaded machine the server could see
    it empty for longer than it waits for a save to settle)."""
    yaml = YAML()  # round trip: the rest of the file, comments included, stays as it was
    data = yaml.load(day_file.read_text(encoding="utf-8"))
    data[0]["title"] = title
    text = io.StringIO()
    yaml.dump(data, text)
    saved = day_file.with_name(f".{day_file.name}.saving")
    saved.write_text(text.getvalue(), encoding="utf-8")
    saved.replace(day_file)


def page_showing(build: Path, text: str) -> str:
    """The site path of a built page that shows ``text`` (whatever the renderer's URL scheme)."""
    pages = sorted(build.rglob("*.html"), key=lambda p: (len(p.parts), p.stat().st_size))
    for page in pages:
        if text in page.read_text(encoding="utf-8"):
            return page.relative_to(build).as_posix()
    pytest.fail(f"no page in {build} shows {text!r}")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed")
def test_browser_follows_edits_errors_and_fixes(seed_project: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    subprocess.run([sys.executable, "-m", "chronik", "parse", "-q", "--config", str(seed_project / "config.yaml")],
                   cwd=seed_project, check=True)
    day_file = sorted((seed_project / "chronology").rglob("*.yaml"))[0]
    set_title(day_file, "Ceasefire talks stall in the capital")
    served = start_serve(seed_project)
    try:
        path = page_showing(seed_project / "build", "Ceasefire talks stall in the capital")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{served.port}/{path}")
            html = page.locator("html")
            expect(html).to_contain_text("Ceasefire talks stall in the capital")
            page.wait_for_function("() => window.LiveReload && window.LiveReload.connector.protocol")

            def after(edit, text: str) -> None:
                """Save, then wait for the open page to reload and show ``text``."""
                edit()
                expect(html).to_contain_text(text, timeout=15_000)

            after(lambda: set_title(day_file, "Ceasefire talks resume"), "Ceasefire talks resume")
            assert "edited in place" in served.output()
            deadline = time.time() + 30  # the exports and search index follow the reload, and say so
            while "caught up in the background" not in served.output() and time.time() < deadline:
                time.sleep(0.2)
            assert "exports and search index caught up in the background" in served.output(), served.output()

            good = day_file.read_text(encoding="utf-8")
            # the title as one unclosed quoted line (whatever style the YAML writer chose for it)
            broken = re.sub(r"^  title: .*(?:\n    .*)*", '  title: "Ceasefire talks resume', good, count=1, flags=re.M)
            assert broken != good
            after(lambda: day_file.write_text(broken, encoding="utf-8"), "The last build failed")
            where = re.search(re.escape(day_file.relative_to(seed_project).as_posix()) + r":(\d+)",
                              html.text_content())
            assert where, html.text_content()
            assert 1 <= int(where.group(1)) <= len(broken.splitlines()) + 1

            after(lambda: set_title_text(day_file, broken, "Ceasefire talks end"), "Ceasefire talks end")
            expect(html).not_to_contain_text("The last build failed")
            browser.close()
    finally:
        stop(served)


def set_title_text(day_file: Path, broken: str, title: str) -> None:
    day_file.write_text(broken.replace('title: "Ceasefire talks resume', f"title: {title}", 1), encoding="utf-8")
