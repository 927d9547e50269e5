"""``render_html``: every claim marked at its exact span, the article escaped, nothing fetched from outside."""

from __future__ import annotations

from html.parser import HTMLParser

import factcheck
from factcheck.page import render_html

TEXT = ('Kepala BNPB Suharyanto mengatakan 12 orang tewas <script>alert(1)</script> & 300 rumah terendam.\n'
        '"Kami masih mencari 4 orang lagi hingga 10 Januari," ujarnya. Apakah cukup?')


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.article = ""
        self.marked: dict[str, str] = {}
        self.tags: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.sources += [v or "" for k, v in attrs if k in ("src", "href") and v and v != "#"]
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        inside = [a for t, a in self.stack]
        if any(t == "article" for t, _ in self.stack):
            self.article += data
            for attrs in inside:
                claim = attrs.get("data-claim")
                if claim:
                    self.marked[claim] = self.marked.get(claim, "") + data


def _page() -> tuple[str, list[factcheck.Claim], _Reader]:
    claims = factcheck.extract_claims(TEXT, lang="id")
    page = render_html(TEXT, claims, factcheck.score_sentences(TEXT, "id"))
    reader = _Reader()
    reader.feed(page)
    return page, claims, reader


def test_every_claim_is_marked_at_its_span() -> None:
    _, claims, reader = _page()
    assert reader.article == TEXT
    assert [reader.marked[f"c{k}"] for k in range(len(claims))] == [c.text for c in claims]


def test_the_article_is_escaped_and_nothing_is_fetched() -> None:
    page, _, reader = _page()
    assert "<script>alert" not in page and "&lt;script&gt;alert(" in page
    assert reader.tags.count("script") == 1  # the page's own threshold control
    assert reader.sources == [] and "http" not in page.split("<article>")[0]


def test_quotes_are_linked_to_their_speakers_and_sentences_shaded() -> None:
    page, claims, _ = _page()
    quote = next(k for k, c in enumerate(claims) if c.kind == "quote")
    assert f'data-speaker-of="c{quote}"' in page
    assert page.count('class="sentence"') >= 3 and 'id="threshold"' in page


def test_a_long_article_renders_in_linear_time() -> None:
    import time

    text = (TEXT + "\n") * 2000
    claims = factcheck.extract_claims(text, lang="id")
    start = time.perf_counter()
    page = render_html(text, claims, factcheck.score_sentences(text, "id"))
    assert time.perf_counter() - start < 10 and page.count("<mark") >= len(claims)


def test_the_command_line_writes_the_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from factcheck.cli import main

    source = tmp_path / "article.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "article.html"
    assert main(["extract", str(source), "--lang", "id", "--format", "html", "--output", str(out)]) == 0
    reader = _Reader()
    reader.feed(out.read_text(encoding="utf-8"))
    assert reader.article == TEXT and reader.marked
