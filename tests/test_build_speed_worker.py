"""The background worker that makes the build fast must give the same pages and findings as one process.

No timings here (the benchmark measures speed); these check that sharing the
work between the build and the worker loses nothing and does nothing twice.
"""

import multiprocessing
import sys
import time
from pathlib import Path

import pytest

from coprod.mkdocs_plugin import background
from coprod.mkdocs_plugin.background import BackgroundJob
from coprod.settings import PluginOptions
from coprod.site_check import Page, SiteJob, check_site, easy_uri, load_job_glossary

LONG = "People who draw on care and support told us that the meetings were held at times and in places " \
       "that made it very hard for them to take part, because the buses did not run in the evening at all."

METHODS = ["spawn"] + (["fork"] if sys.platform.startswith("linux") else [])

GLOSSARY = """\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
"""


@pytest.fixture
def glossary_file(tmp_path) -> Path:
    path = tmp_path / "glossary.yml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def make_job(glossary_file: Path, pages: int = 70) -> SiteJob:
    texts = {f"page-{n}.md": f"# Page {n}\n\nWe meet every month to plan the service together.\n"
             f"Read [the next page](page-{n + 1}.md) to learn about co-production.\n" for n in range(pages)}
    texts["page-7.md"] = f"# Page 7\n\n{LONG}\n"
    hand_written = {"page-3.easy.md": Page("page-3.easy.md", "docs/page-3.easy.md",
                                           "# Page 3\n\n:material-account-group:\nWe meet every month.\n")}
    return SiteJob(settings=PluginOptions().settings,
                   pages=[Page(uri, f"docs/{uri}", text) for uri, text in texts.items()],
                   hand_written=hand_written,
                   glossary_file=str(glossary_file), glossary_path="glossary.yml")


def summary(results) -> list[tuple]:
    return [(r.path, r.kind, r.generated, r.words, [(f.line, f.rule) for f in r.findings]) for r in results]


@pytest.fixture(params=METHODS)
def start_method(request, monkeypatch):
    monkeypatch.setattr(background, "start_method", lambda: request.param)
    return request.param


def test_pages_asked_for_from_the_end_are_shared_and_the_findings_match_one_process(start_method, glossary_file,
                                                                                   monkeypatch):
    job = make_job(glossary_file)
    glossary = load_job_glossary(job)
    expected = check_site(job, glossary)
    make = background.make_easy_page

    def slow_in_the_worker(*args):
        if multiprocessing.parent_process() is not None:
            time.sleep(0.01)  # a forked worker keeps this: it stays behind, so there are pages to share
        return make(*args)

    monkeypatch.setattr(background, "make_easy_page", slow_in_the_worker)
    work = BackgroundJob(job, glossary)
    try:
        # The worker makes pages from the start: asking from the end makes this
        # process claim some, as MkDocs does when it catches up with the worker.
        uris = [easy_uri(page.uri) for page in job.pages]
        got = {uri: work.easy_page(uri) for uri in reversed(uris)}
        assert got == expected.easy_pages
        assert all(claim in (background._WORKER, background._BUILD) for claim in work._claims)
        assert work._claims[len(uris) - 1] == background._BUILD
        assert summary(work.results()) == summary(expected.results)
        assert "docs/page-7.md" in work.report()
    finally:
        work.close()


def test_pages_asked_for_in_order_come_from_the_worker(start_method, glossary_file):
    job = make_job(glossary_file)
    glossary = load_job_glossary(job)
    expected = check_site(job, glossary).easy_pages
    work = BackgroundJob(job, glossary)
    try:
        work.results()  # everything is made by now
        assert {uri: work.easy_page(uri) for uri in expected} == expected
        assert all(claim == background._WORKER for claim in work._claims)
    finally:
        work.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only a forked worker has the broken checks")
def test_a_failing_worker_stops_the_build_with_its_error_instead_of_waiting(monkeypatch, glossary_file):
    def broken(*args, **kwargs):
        raise ValueError("a bug in the checks")

    monkeypatch.setattr(background, "start_method", lambda: "fork")
    monkeypatch.setattr(background, "check_pages", broken)
    job = make_job(glossary_file)
    work = BackgroundJob(job, load_job_glossary(job))
    try:
        with pytest.raises(RuntimeError, match="a bug in the checks"):
            work.results()
    finally:
        work.close()


def test_the_worker_is_never_forked_beside_other_threads(monkeypatch):
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 2)  # as under `mkdocs serve`
    assert background.start_method() == "spawn"


def test_small_sites_work_in_this_process(glossary_file):
    job = make_job(glossary_file, pages=5)
    work = BackgroundJob(job, load_job_glossary(job))
    assert work._process is None
    assert "We meet every month" in work.easy_page(easy_uri("page-1.md"))
    assert Path(work.results()[0].path).name == "page-0.md"
