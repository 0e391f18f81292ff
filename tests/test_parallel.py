"""coprod.parallel: work shared between this process and workers must give what one process gives.

No timings here (bench/benchmark.py measures speed); these check that sharing
the work loses nothing, does nothing twice, and keeps each group in one process.
"""

import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from coprod import parallel, site_check
from coprod.parallel import SharedWork
from coprod.settings import PluginOptions
from coprod.site_check import Page, SiteJob, SiteWork, easy_uri, generated_label, load_job_glossary

METHODS = ["spawn"] + (["fork"] if sys.platform.startswith("linux") else [])

LONG = "People who draw on care and support told us that the meetings were held at times and in places " \
       "that made it very hard for them to take part, because the buses did not run in the evening at all."

GLOSSARY = """\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
"""


def doubled(delay, item, done):
    """Item (n, earlier): n doubled, with the result of item `earlier` if it is in this process."""
    number, earlier = item
    time.sleep(delay)  # the two processes take turns, so each does some
    return os.getpid(), number * 2, None if earlier is None else done[earlier][1]


def broken(state, item, done):
    if multiprocessing.parent_process() is not None:
        raise ValueError("a bug in the checks")
    return item


def wait_for_the_worker(work: SharedWork) -> None:
    """Until a worker has claimed its first item: a spawned one may take seconds to start on a busy machine."""
    deadline = time.monotonic() + 120
    while not any(work._claims) and time.monotonic() < deadline:
        time.sleep(0.01)


@pytest.fixture(params=METHODS)
def start_method(request, monkeypatch):
    monkeypatch.setattr(parallel, "start_method", lambda: request.param)
    return request.param


def test_every_item_is_done_once_and_each_group_in_one_process(start_method):
    # items 0-19 stand alone; item 20 + n needs item n's result, so each pair is a group
    items = [(n, None) for n in range(20)] + [(100 + n, n) for n in range(20)]
    groups = [[n, 20 + n] for n in range(20)]
    with SharedWork(doubled, items, 0.05, workers=1, groups=groups) as work:
        wait_for_the_worker(work)
        # asked for from the end, as the build does when it catches up with the worker
        got = {index: work.get(index) for index in reversed(range(len(items)))}
    assert [got[i][1] for i in range(40)] == [2 * n for n in range(20)] + [2 * (100 + n) for n in range(20)]
    assert [got[20 + n][2] for n in range(20)] == [2 * n for n in range(20)]  # made where its group's first was
    assert all(got[n][0] == got[20 + n][0] for n in range(20))
    here = {index for index, (pid, _, _) in got.items() if pid == os.getpid()}
    assert here and len(here) < len(items)  # shared: some here, some in the worker


def test_items_asked_for_in_order_come_from_the_worker_once_it_has_them(start_method):
    items = [(n, None) for n in range(30)]
    with SharedWork(doubled, items, 0, workers=1) as work:
        with work._arrived:  # this process asks for nothing until the worker has sent everything
            while len(work._results) < len(items) and work._error is None:
                work._arrived.wait()
        results = work.results()
    assert [value for _, value, _ in results] == [2 * n for n in range(30)]
    assert {pid for pid, _, _ in results} != {os.getpid()}


def test_with_no_workers_each_item_is_done_here_when_asked_for():
    work = SharedWork(doubled, [(n, None) for n in range(3)], 0)
    assert work.get(2)[1:] == (4, None)
    assert sorted(work._results) == [2]
    assert [pid for pid, _, _ in work.results()] == [os.getpid()] * 3


def test_a_failing_worker_raises_its_error_instead_of_waiting(start_method):
    with SharedWork(broken, list(range(50)), None, workers=1) as work:
        wait_for_the_worker(work)
        with pytest.raises(RuntimeError, match="a bug in the checks"):
            work.results()


def test_workers_are_never_forked_beside_other_threads(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # as under `mkdocs serve`
    assert parallel.start_method() == "spawn"


def make_job(tmp_path: Path, pages: int = 70) -> SiteJob:
    (tmp_path / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    texts = {f"page-{n}.md": f"# Page {n}\n\nWe meet every month to plan the service together.\n"
             f"Read [the next page](page-{n + 1}.md) to learn about co-production.\n" for n in range(pages)}
    texts["page-7.md"] = f"# Page 7\n\n{LONG}\n"
    hand_written = {"page-3.easy.md": Page("page-3.easy.md", "docs/page-3.easy.md",
                                           "# Page 3\n\n:material-account-group:\nWe meet every month.\n")}
    return SiteJob(settings=PluginOptions().settings,
                   pages=[Page(uri, f"docs/{uri}", text) for uri, text in texts.items()],
                   hand_written=hand_written,
                   glossary_file=str(tmp_path / "glossary.yml"), glossary_path="glossary.yml")


def summary(results) -> list[tuple]:
    return [(r.path, r.kind, r.generated, r.made_from, r.words, [(f.line, f.rule) for f in r.findings])
            for r in results]


def test_a_site_shared_with_a_worker_gives_the_same_pages_and_findings_as_one_process(start_method, tmp_path):
    job = make_job(tmp_path)
    glossary = load_job_glossary(job)
    alone = SiteWork(job, glossary)
    uris = [easy_uri(page.uri) for page in job.pages]
    expected_pages = {uri: alone.easy_page(uri) for uri in uris}
    expected = summary(alone.results())
    shared = SiteWork(job, glossary, workers=1)
    try:
        assert {uri: shared.easy_page(uri) for uri in reversed(uris)} == expected_pages
        assert summary(shared.results()) == expected
    finally:
        shared.close()
    # the standard pages, then their easy read versions: the hand-written one as its file, the rest named
    # after the page they were made from
    paths = [row[0] for row in expected]
    assert paths[:70] == [page.path for page in job.pages]
    assert "docs/page-3.easy.md" in paths and generated_label("docs/page-4.md") in paths
    assert [row[3] for row in expected if row[2]][:2] == ["docs/page-0.md", "docs/page-1.md"]


def test_a_made_page_is_checked_with_the_text_made_in_its_process_and_made_again_only_if_not_there(
        tmp_path, monkeypatch):
    made = []
    easy_text = site_check._easy_text

    def record(job, glossary, number, keep_read=True):
        made.append(number)
        return easy_text(job, glossary, number, keep_read)

    monkeypatch.setattr(site_check, "_easy_text", record)
    job = make_job(tmp_path, pages=4)
    work = SiteWork(job)  # no workers: all here
    texts = [work.easy_page(easy_uri(page.uri)) for page in job.pages]
    results = work.results()
    assert sorted(made) == [0, 1, 2, 3, 4]  # each easy read page made (or, for page 3, read) once
    made.clear()
    alone = SiteWork(job)
    assert summary(alone.results()) == summary(results)  # checked without being asked for first: made for the check
    assert sorted(made) == [0, 1, 2, 4]  # page 3's hand-written page is checked as its file
    assert [alone.easy_page(easy_uri(page.uri)) for page in job.pages] == texts


def test_the_core_imports_neither_mkdocs_nor_the_theme():
    """Icons come from the adapter (coprod.material_icons), and the rules registry has no import loop."""
    import subprocess

    code = ("import sys\n"
            "import coprod.settings, coprod.glossary, coprod.site_check, coprod.report, coprod.markdown_ext\n"
            "import coprod.output, coprod.parallel, coprod.easyread\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))\n"
            "from coprod.settings import default_settings\n"
            "from coprod.rules import ALL_RULES\n"
            "print(list(default_settings().rules) == list(ALL_RULES))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "[]\nTrue\n"
