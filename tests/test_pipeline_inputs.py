"""Whole inputs through the pipeline: other outlets' forms, every reader, every bad input."""

from __future__ import annotations

import email.message
import hashlib
import os
import plistlib
import re
import shutil
from pathlib import Path

import frontmatter
import pytest

from generator.__main__ import main
from generator.config import load
from generator.pipeline import discover, run
from tests.conftest import FIXTURES, SEEDS


def _add(project: Path, name: str, data: bytes | str) -> Path:
    path = project / "seeds" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _fixture(project: Path, name: str, as_name: str | None = None) -> Path:
    return _add(project, as_name or name, (FIXTURES / name).read_bytes())


def _page(project: Path, slug: str) -> frontmatter.Post:
    return frontmatter.load(project / "content" / "articles" / f"{slug}.md")


def _issues(result, code: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(i.source for i in result.issues if i.code == code)


def test_wire_copy_front_matter(project: Path) -> None:
    _fixture(project, "wire_dateline_with_related_list.txt")
    assert main(["-C", str(project), "generate", "-q"]) == 0
    post = _page(project, "wire-dateline-with-related-list")
    assert post["date"] == "2024-04-18" and post["time"] == "09:50" and post["date_source"] == "stated"
    assert post["outlet"] == "연합뉴스" and post["reporters"] == ["김잔디"]
    assert post["title_source"] == "headline"
    assert post.content.count("다른 기사 제목") == 0
    assert "(서울=연합뉴스)" not in post.content
    assert post["source"] == "seeds/wire_dateline_with_related_list.txt"
    raw = (project / "seeds/wire_dateline_with_related_list.txt").read_bytes()
    assert post["source_sha256"] == hashlib.sha256(raw).hexdigest()


def test_naver_form_publication_time_not_modification(project: Path) -> None:
    _fixture(project, "naver_ampm_with_modified.txt")
    result = run(load(project))
    (article,) = result.articles
    assert (article.date, article.time) == ("2023-05-12", "14:04")
    assert article.outlet == "약업신문" and article.reporters == ("이주원",)
    assert article.subtitles == ()
    assert article.body[-1].endswith("연구 거점을 마련했다.")


def test_title_from_lead_when_there_is_no_headline(project: Path) -> None:
    _fixture(project, "headline_missing.txt")
    result = run(load(project))
    (article,) = result.articles
    assert article.title_source == "lead"
    assert article.title == "바이오협회는 21일 보스턴 현지 기업과 공동연구 협약을 맺었다고 밝혔다."
    assert _issues(result, "title-from-lead") == ["seeds/headline_missing.txt"]
    assert _issues(result, "no-date") == ["seeds/headline_missing.txt"]
    assert _issues(result, "no-outlet") == ["seeds/headline_missing.txt"]


def test_saved_html_page(project: Path) -> None:
    _fixture(project, "saved_page.html")
    (article,) = run(load(project)).articles
    assert article.title == "바이오 기업 보스턴 진출 늘어"
    assert article.date == "2022-11-23" and article.outlet == "테스트일보"
    text = " ".join(article.body)
    assert text.startswith("국내 바이오 기업의 미국 보스턴 진출이 늘고 있다.")
    assert "현지 채용도 빠르게 늘고 있다." in text
    assert "관련 없는 기사" not in text and "℃" not in text and "Copyright" not in text


def test_editor_markdown_note_keeps_its_own_metadata_and_text(project: Path) -> None:
    _fixture(project, "editor_note.md")
    (article,) = run(load(project)).articles
    assert article.title == "보스턴 출장 메모 — 현지 기관 면담 정리" and article.title_source == "headline"
    assert (article.date, article.date_source, article.outlet, article.reporters) == (
        "2024-03-05", "stated", "내부 메모", ("홍길동",)
    )
    assert article.body == (
        "보스턴 현지 기관 세 곳과 면담했다. 모두 한국 기업의 입주 상담을 환영한다고 답했다.",
        "다음 출장은 하반기에 잡을 예정이다.",
    )


def test_a_web_clipping_gives_the_date_address_and_author_the_page_stated(project: Path) -> None:
    """A web clipper's note (Obsidian's keys: source, author as [[links]], published, and created,
    when it was clipped): the page's publication date, address and author were dropped as unknown
    keys. `created` is never the date; a note's own keys win over the clipper's."""
    _fixture(project, "web_clipping.md")
    _fixture(project, "web_clipping.md", "own_keys.md")
    own = project / "seeds" / "own_keys.md"
    own.write_text(own.read_text("utf-8").replace("tags:", "date: 2024-05-07\nreporters: [김철수]\ntags:", 1), "utf-8")
    result = run(load(project))
    clipped, owned = (next(a for a in result.articles if a.id == name) for name in ("web-clipping", "own-keys"))
    assert (clipped.date, clipped.date_source, clipped.reporters) == ("2024-05-08", "stated", ("홍길동",))
    assert clipped.source_url == "https://www.example.com/news/articleView.html?idxno=1234"
    assert clipped.title == "가상제약, 보스턴 연구소 열어…현지 공동연구 본격화"
    assert (owned.date, owned.reporters) == ("2024-05-07", ("김철수",))
    assert not [i for i in result.issues if i.level != "info" and i.code != "duplicate"]


@pytest.mark.parametrize(
    ("encoding", "prefix", "newline"),
    [
        ("utf-8", b"", "\n"), ("utf-8", b"\xef\xbb\xbf", "\r\n"), ("cp949", b"", "\r\n"), ("euc-kr", b"", "\n"),
        # Windows Notepad's "유니코드": UTF-16 with its byte-order mark (and without one, as other tools save it).
        ("utf-16", b"", "\r\n"), ("utf-16-be", b"\xfe\xff", "\r\n"), ("utf-16-le", b"", "\n"),
    ],
)
def test_encodings_and_line_ends_give_the_same_article(project: Path, encoding: str, prefix: bytes, newline: str) -> None:
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8")
    _add(project, "a.txt", prefix + text.replace("\n", newline).encode(encoding))
    _fixture(project, "wire_dateline_with_related_list.txt", "b.txt")
    a, b = sorted(run(load(project)).articles, key=lambda x: x.id)
    assert (a.title, a.body, a.date, a.outlet, a.reporters) == (b.title, b.body, b.date, b.outlet, b.reporters)


def _whatwg_1252(data: bytes) -> str:
    """Bytes as a browser reads a page it takes for Windows-1252: its five unassigned bytes
    become the control characters of the same number, so nothing is lost."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


@pytest.mark.parametrize(
    ("garble", "how"),
    [
        (lambda t: _whatwg_1252(t.encode("utf-8")), "its UTF-8 had been read as Windows-1252 or Latin-1"),
        (lambda t: t.encode("utf-8").decode("latin-1"), "its UTF-8 had been read as Windows-1252 or Latin-1"),
        (lambda t: t.encode("cp949").decode("latin-1"), "its CP949 had been read as Latin-1"),
    ],
)
def test_text_decoded_with_a_wrong_encoding_and_saved_so_is_read_back(project: Path, garble, how: str) -> None:  # type: ignore[no-untyped-def]
    """Mojibake ("ë³´ìŠ¤í„´", "º¸½ºÅÏ") decodes without error and was published as nonsense."""
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8")
    _add(project, "a.txt", garble(text))
    _fixture(project, "wire_dateline_with_related_list.txt", "b.txt")
    result = run(load(project))
    a, b = sorted(result.articles, key=lambda x: x.id)
    assert (a.title, a.body, a.date, a.outlet, a.reporters) == (b.title, b.body, b.date, b.outlet, b.reporters)
    assert [(i.source, i.message) for i in result.issues if i.code == "repaired-encoding"] == [
        ("seeds/a.txt", f"the text was garbled: {how}; read as repaired, check it")
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "cp949"])
def test_a_file_ending_in_nul_bytes_is_read_up_to_them_and_the_report_says_so(project: Path, encoding: str) -> None:
    """A save cut short by a crash or a power loss keeps the file's length with its last blocks
    unwritten (NUL bytes); a copy may be padded out to a block. It was skipped as binary."""
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8")
    _add(project, "a.txt", text.encode(encoding) + b"\x00" * 4096)
    _fixture(project, "wire_dateline_with_related_list.txt", "b.txt")
    result = run(load(project))
    a, b = sorted(result.articles, key=lambda x: x.id)
    assert (a.title, a.body, a.date, a.outlet, a.reporters) == (b.title, b.body, b.date, b.outlet, b.reporters)
    assert [(i.source, i.message) for i in result.issues if i.level != "info"] == [
        ("seeds/a.txt", "the text was garbled: the file ends in 4,096 NUL bytes (a save cut short, or padding), "
         "and the text before them was read; read as repaired, check it"),
        ("seeds/b.txt", "same text as seeds/a.txt; both are published"),
    ]


def test_garbled_text_that_lost_characters_is_read_back_as_far_as_it_goes(project: Path) -> None:
    """A tool that replaced the bytes Windows-1252 has no character for: those are gone, and the
    report says how many; accented European text is no mojibake."""
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8")
    _add(project, "a.txt", text.encode("utf-8").decode("cp1252", "replace"))
    french = "Les laboratoires coréens s’installent à Kendall Square, près du MIT, a déclaré Élise Müller à Boston."
    _add(project, "b.txt", f"Boston attire les sociétés coréennes\n\n{french}\n")
    result = run(load(project))
    (message,) = [i.message for i in result.issues if i.code == "repaired-encoding" and i.source == "seeds/a.txt"]
    count = int(re.fullmatch(r"the text was garbled: .*; (\d+) characters were lost in it and show as \ufffd; read as repaired, check it", message)[1])
    lost = next(a for a in result.articles if a.id == "a")
    assert 0 < sum(part.count("\ufffd") for part in (lost.title, *lost.body)) <= count
    assert "보스턴" in " ".join(lost.body)
    assert [a.body for a in result.articles if a.id == "b"] == [(french,)]
    assert not [i for i in result.issues if i.source == "seeds/b.txt" and i.code == "repaired-encoding"]


def test_invisible_characters_do_not_leak(project: Path) -> None:
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8")
    dirty = text.replace("보스턴", "보스\u200b턴").replace(" ", "\u00a0", 5).replace("투자", "투\ufeff자")
    _add(project, "dirty.txt", dirty)
    main(["-C", str(project), "generate", "-q"])
    page = (project / "content/articles/dirty.md").read_text("utf-8")
    assert not any(ch in page for ch in "\u200b\u00a0\ufeff")
    assert "보스턴" in page


def test_markdown_and_html_in_text_render_as_written(project: Path) -> None:
    import markdown

    _fixture(project, "markdown_syntax_in_text.txt")
    main(["-C", str(project), "generate", "-q"])
    post = _page(project, "markdown-syntax-in-text")
    assert post["title"] == "[단독] *별표* 기업의 _밑줄_ 계획 <b>공개</b>"
    html = markdown.markdown(post.content, extensions=["attr_list", "md_in_html", "tables"])
    assert "<script" not in html and "<b>" not in html and "<em>" not in html and "<a " not in html.split("article-meta")[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "# 1. 이 문장은 제목처럼 보이지만" in html
    assert "<h1>1." not in html and "<li>목록처럼" not in html
    # The text says "&copy;" in letters (the copy encodes it "&amp;copy;"): it shows so, not as ©.
    assert "&amp;copy;" in html and "a|b" in html and "`코드`" in html


BAD_INPUTS = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\r\n\t\n", "empty"),
    "binary.txt": (bytes(range(256)) * 20, "binary"),
    # NUL bytes inside the text, not only after it (the padding a cut-short save leaves is read past).
    "nul_inside.txt": ("보스턴 바이오 클러스터 기사 본문입니다.\n".encode() * 20 + b"\x00" * 8 + "끝.\n".encode(), "binary"),
    "boilerplate.txt": ((FIXTURES / "only_boilerplate.txt").read_bytes(), "no-article-text"),
    "undecodable.txt": (b"\xff\xfe\xfa" * 50 + "보스턴".encode() + b"\x80\x81" * 40, "undecodable"),
    # NUL bytes on one side of the pairs, as UTF-16 text has them, but not text in any encoding.
    "pairs.txt": (b"\xff\xfe" + bytes([0x9c, 0, 0x03, 0, 0x81, 0, 0x0e, 0]) * 200, "binary"),
    "notes.pdf": (b"%PDF-1.4", "ignored"),
    # Korean text once read as Latin-1, with bytes in it that are CP949 in no reading: no repair reads it.
    "garbled.txt": ("º¸½ºÅÏ ÁøÃâ \u00ff\u00ff ".encode("utf-8") * 40, "garbled"),
}


def test_each_bad_input_gets_one_clear_line_and_the_rest_are_generated(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, (data, _code) in BAD_INPUTS.items():
        _add(project, name, data)
    shutil.copy(SEEDS / "000_c34bfae6e99c667b.txt", project / "seeds" / "보스턴 기사 (사본).txt")
    big = _add(project, "huge.txt", b"")
    os.truncate(big, 50 * 1024 * 1024)  # a sparse 50 MB file: too large, never read
    (project / "seeds" / "dangling.txt").symlink_to(project / "nowhere.txt")
    before = {p: p.read_bytes() for p in (project / "seeds").iterdir() if p.is_file()}

    assert main(["-C", str(project), "generate"]) == 0
    assert main(["-C", str(project), "generate", "--strict", "-q"]) == 1
    err = capsys.readouterr().err
    for name, (_data, code) in BAD_INPUTS.items():
        lines = [line for line in err.splitlines() if f"seeds/{name}:" in line]
        assert lines and all(f"[{code}]" in line for line in lines), (name, lines)
    assert "seeds/huge.txt: file is 52.4 MB, over the 5 MB limit" in err
    assert "seeds/dangling.txt: cannot read the file" in err
    pages = sorted(p.name for p in (project / "content" / "articles").iterdir())
    assert pages == ["보스턴-기사-사본.md"]
    assert _page(project, "보스턴-기사-사본")["title"] == "제약바이오협, MIT 통한 美 바이오생태계 진출 박차"
    assert {p: p.read_bytes() for p in before} == before  # inputs untouched


def test_sidecar_overrides_and_is_never_written(project: Path) -> None:
    shutil.copy(SEEDS / "001_7919fbaac4a69bba.txt", project / "seeds" / "001.txt")
    sidecar = _add(project, "001.meta.yml", "date: 2021-06-25\ntime: 10:30\noutlet: 서울경제신문\n")
    before = sidecar.read_bytes()
    main(["-C", str(project), "generate", "-q"])
    post = _page(project, "001")
    assert (post["date"], post["date_source"], post["time"], post["outlet"]) == (
        "2021-06-25", "override", "10:30", "서울경제신문"
    )
    assert post["reporters"] == ["안경진"]  # untouched fields still come from the text
    assert sidecar.read_bytes() == before


def test_bad_sidecar_is_reported_and_the_article_still_generated(project: Path) -> None:
    shutil.copy(SEEDS / "001_7919fbaac4a69bba.txt", project / "seeds" / "001.txt")
    _add(project, "001.meta.yml", "date: 지난주\nweather: sunny\noutlet: [a, b]\n")
    result = run(load(project))
    messages = sorted(i.message for i in result.issues if i.code == "bad-sidecar")
    assert len(messages) == 3 and all(m.startswith("001.meta.yml: ") for m in messages)
    (article,) = result.articles
    assert article.date is None and article.outlet == "서울경제"


@pytest.mark.parametrize("day", ["2024-02-30", "2024-13-01", "2023-02-29 10:30"])
def test_a_day_that_does_not_exist_is_one_fields_problem_and_the_run_goes_on(project: Path, day: str) -> None:
    """PyYAML makes an unquoted 2024-02-30 a date, fails, and raises an error that is no
    YAMLError: the whole run stopped with a traceback. Now the sidecar's other values hold,
    and so do a Markdown note's; a date-like value in the registry is text."""
    shutil.copy(SEEDS / "001_7919fbaac4a69bba.txt", project / "seeds" / "001.txt")
    _add(project, "001.meta.yml", f"date: {day}\noutlet: 서울경제신문\n")
    note = (FIXTURES / "editor_note.md").read_text("utf-8")
    _add(project, "note.md", re.sub(r"(?m)^date: .*$", f"date: {day}", note, count=1))
    (project / "entities.yml").write_text(f"entities:\n  - {{id: dated, type: event, name: 가상설명회, description: {day}}}\n", "utf-8")
    result = run(load(project))
    assert sorted((i.source, i.code, i.message) for i in result.issues if i.level == "warning") == [
        ("seeds/001.txt", "bad-sidecar", f"001.meta.yml: 'date' is not a date: '{day}' (use YYYY-MM-DD); value ignored"),
        ("seeds/note.md", "bad-metadata", f"front matter: 'date' is not a date: '{day}' (use YYYY-MM-DD); value ignored"),
    ]
    article = next(a for a in result.articles if a.id == "001")
    assert article.outlet == "서울경제신문" and article.date is None  # the text states none
    assert {e.id: e.description for e in result.registry.entities}["dated"] == day


def test_a_file_that_holds_only_a_link_says_so(project: Path) -> None:
    """A bookmark saved instead of the article (its headline at most): the report said only that no
    text was left after removing boilerplate. Nothing is fetched: the site is built offline."""
    _add(project, "link.txt", "https://n.news.naver.com/article/001/0014712345\n")
    _add(project, "titled.txt", "가상바이오협회, 보스턴 랩센트럴과 협약\nhttps://www.example.com/news/1234\n")
    result = run(load(project))
    assert result.articles == []
    assert sorted((i.source, i.message) for i in result.issues if i.level == "error") == [
        ("seeds/link.txt", "the file holds a web address (https://n.news.naver.com/article/001/0014712345) but not the"
         " article's text: save the page (.html) or copy its text into the file; skipped"),
        ("seeds/titled.txt", "the file holds a web address (https://www.example.com/news/1234) but not the article's"
         " text: save the page (.html) or copy its text into the file; skipped"),
    ]


def test_broken_sidecar_yaml(project: Path) -> None:
    shutil.copy(SEEDS / "001_7919fbaac4a69bba.txt", project / "seeds" / "001.txt")
    _add(project, "001.meta.yml", "date: [unclosed\n")
    result = run(load(project))
    assert _issues(result, "bad-sidecar") == ["seeds/001.txt"]
    assert len(result.articles) == 1


def test_a_page_saved_as_one_file(project: Path) -> None:
    """Chrome's "Webpage, Single File" (.mhtml): the HTML part is read as a saved page; the
    message's Date header is when the page was saved (2026-11-21), not the article's date."""
    _fixture(project, "single_file_page.mhtml")
    assert main(["-C", str(project), "generate", "-q"]) == 0
    post = _page(project, "single-file-page")
    assert post["title"] == "K바이오, 보스턴 공동 연구소 입주 시작"
    assert (post["date"], post["time"], post["outlet"]) == ("2024-03-05", "10:12", "바이오타임즈")
    assert "첫 입주 기업은 다섯 곳이다." in post.content


def test_a_pages_html_under_a_text_files_name_is_read_as_the_page_and_text_under_a_pages_as_text(project: Path) -> None:
    """A download tool's name, or "view source" saved: read as text, its markup was all
    boilerplate and the file was skipped."""
    _fixture(project, "saved_page.html", "page.html")
    _fixture(project, "saved_page.html", "source.txt")
    _add(project, "tags.txt", "<p>글머리의 꺾쇠는 HTML이 아닙니다.</p> 보스턴 바이오 클러스터 입주 기업이 늘었다고 협회가 밝혔다.\n")
    # And the other way round: text under a page's name (it was skipped: "no HTML page could be read"),
    # and a copy a notes app saved as Markdown, with no front matter (read as an editor's note, its
    # stamp ran into the title and the outlet, reporter and notice were lost).
    _fixture(project, "wire_dateline_with_related_list.txt", "wire.txt")
    _fixture(project, "wire_dateline_with_related_list.txt", "renamed.html")
    _fixture(project, "wire_dateline_with_related_list.txt", "clipped.md")
    result = run(load(project))
    page, source = (next(a for a in result.articles if a.id == name) for name in ("page", "source"))
    assert (source.title, source.body, source.date, source.outlet) == (page.title, page.body, page.date, page.outlet)
    text, renamed, clipped = (next(a for a in result.articles if a.id == name) for name in ("wire", "renamed", "clipped"))
    as_text = (text.title, text.body, text.date, text.outlet, text.reporters)
    assert (renamed.title, renamed.body, renamed.date, renamed.outlet, renamed.reporters) == as_text
    assert (clipped.title, clipped.body, clipped.date, clipped.outlet, clipped.reporters) == as_text
    assert sorted((i.source, i.code) for i in result.issues if i.code in ("page-source", "plain-text")) == [
        ("seeds/clipped.md", "plain-text"), ("seeds/renamed.html", "plain-text"), ("seeds/source.txt", "page-source")
    ]
    assert next(a for a in result.articles if a.id == "tags").body[0].startswith("<p>글머리의")  # text, not a page


def test_a_single_file_page_without_a_page_in_it(project: Path) -> None:
    _add(project, "empty.mhtml", 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n')
    result = run(load(project))
    assert _issues(result, "no-text") == ["seeds/empty.mhtml"]


def _web_archive(page: bytes, url: str | None = None, kind: str = "text/html", frames: tuple[bytes, ...] = ()) -> bytes:
    """A page as Safari saves it (File > Save As, "Web Archive"): a binary property list."""
    def resource(data: bytes, kind: str, url: str | None) -> dict[str, object]:
        return {"WebResourceData": data, "WebResourceMIMEType": kind, "WebResourceTextEncodingName": "UTF-8",
                "WebResourceFrameName": "", **({"WebResourceURL": url} if url else {})}
    archive = {
        "WebMainResource": resource(page, kind, url),
        "WebSubresources": [resource(b"\x89PNG\r\n\x1a\n", "image/png", "https://img.example.co.kr/1.png")],
        "WebSubframeArchives": [{"WebMainResource": resource(f, "text/html", f"https://blog.example.com/post/{n}")} for n, f in enumerate(frames)],
    }
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


def test_a_page_saved_by_safari(project: Path) -> None:
    """Safari's "Web Archive" (.webarchive, its default): the page in it is read as the same
    page saved as .html is, the address it was saved from is the source; it was ignored as
    "not an article format". A damaged archive, or one of an image, is one file's error."""
    html = (FIXTURES / "saved_page.html").read_bytes()
    _add(project, "page.html", html)
    _add(project, "safari.webarchive", _web_archive(html, "https://www.example.co.kr/news/123"))
    _add(project, "broken.webarchive", b"bplist00" + bytes(range(64)))  # cut short: no trailer
    _add(project, "picture.webarchive", _web_archive(b"\x89PNG\r\n\x1a\n", kind="image/png"))
    result = run(load(project))
    page, safari = (next(a for a in result.articles if a.id == name) for name in ("page", "safari"))
    assert (safari.title, safari.body, safari.date, safari.outlet) == (page.title, page.body, page.date, page.outlet)
    assert safari.title == "바이오 기업 보스턴 진출 늘어"
    assert (safari.source_url, page.source_url) == ("https://www.example.co.kr/news/123", None)
    assert safari.source_sha256 == hashlib.sha256((project / "seeds/safari.webarchive").read_bytes()).hexdigest()
    assert _issues(result, "unreadable") == ["seeds/broken.webarchive"]
    (issue,) = [i for i in result.issues if i.source == "seeds/picture.webarchive"]
    assert (issue.code, issue.message) == ("no-text", "the web archive holds image/png, not a page; skipped")


def test_a_blog_post_in_a_frame_is_read_from_the_single_file_that_holds_the_frame(project: Path) -> None:
    """A blog shows its post in a frame; saved as one file (Safari's web archive, Chrome's .mhtml),
    the frame's page is in the file too, and the post is read from it. It was "no article text"."""
    post = ("<html><body><p>" + "보스턴 켄달스퀘어의 한국 바이오 기업 사무소 세 곳을 둘러봤다. " * 3 + "</p></body></html>").encode()
    frame = b'<html><body><iframe id="mainFrame" src="https://blog.example.com/PostView?no=1"></iframe></body></html>'
    _add(project, "safari-blog.webarchive", _web_archive(frame, "https://blog.example.com/user/1", frames=(post,)))
    mhtml = email.message.EmailMessage()
    mhtml["Snapshot-Content-Location"] = "https://blog.example.com/user/2"
    mhtml.make_related()
    mhtml.add_related(frame.decode(), subtype="html")
    mhtml.add_related(post.decode(), subtype="html", headers=["Content-ID: <frame-1@mhtml.blink>"])
    _add(project, "chrome-blog.mhtml", mhtml.as_bytes())
    result = run(load(project))
    assert not [i for i in result.issues if i.level == "error"]
    by_id = {a.id: a for a in result.articles}
    safari, chrome = by_id["safari-blog"], by_id["chrome-blog"]
    assert safari.body[0].startswith("보스턴 켄달스퀘어의 한국 바이오 기업 사무소") and safari.source_url == "https://blog.example.com/user/1"
    assert chrome.body == safari.body and chrome.source_url == "https://blog.example.com/user/2"


def test_files_saved_with_a_complete_page_are_not_articles(project: Path, tmp_path: Path) -> None:
    """"Webpage, Complete" saves 기사.html beside 기사_files/ (scripts, styles, ad frames as
    .html). The frames are no articles, the folder gets one note; a folder named *_files
    with no page beside it is read as usual. `add` of such a folder takes the page only."""
    _fixture(project, "saved_page.html", "기사.html")
    _add(project, "기사_files/ad-frame.html", "<html><body><p>광고 프레임의 문장이 여기에 충분히 길게 쓰여 있다고 한다.</p></body></html>")
    _add(project, "기사_files/style.css", "body { color: red }")
    _fixture(project, "wire_dateline_with_related_list.txt", "notes_files/wire.txt")
    result = run(load(project))
    sources = sorted(a.source for a in result.articles)
    assert "seeds/기사_files/ad-frame.html" not in sources
    assert {"seeds/기사.html", "seeds/notes_files/wire.txt"} <= set(sources)
    assert [i.source for i in result.issues if i.code == "ignored"] == ["seeds/기사_files/"]

    incoming = tmp_path / "incoming"
    shutil.copytree(project / "seeds", incoming, ignore=shutil.ignore_patterns("notes_files", "0*"))
    (project / "seeds" / "기사.html").unlink()
    shutil.rmtree(project / "seeds" / "기사_files")
    before = set(os.listdir(project / "seeds"))
    assert main(["-C", str(project), "add", str(incoming), "-q"]) == 0
    assert set(os.listdir(project / "seeds")) - before == {"기사.html"}


def test_source_url_in_front_matter_page_and_sidecar(project: Path) -> None:
    """The address the copy carries is a link on the article page; a sidecar can set it,
    and only an http(s) address is taken (a 'javascript:' one would run in the reader's browser)."""
    _add(project, "a.txt", "https://www.example.co.kr/news/1\n" + (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8"))
    _fixture(project, "naver_ampm_with_modified.txt", "b.txt")
    _add(project, "b.meta.yml", "source_url: https://www.example.co.kr/news/2\n")
    _fixture(project, "naver_ampm_with_modified.txt", "c.txt")
    _add(project, "c.meta.yml", "source_url: javascript:alert(1)\n")
    result = run(load(project))
    assert main(["-C", str(project), "generate", "-q"]) == 0
    assert _page(project, "a")["source_url"] == "https://www.example.co.kr/news/1"
    assert "- **링크** <https://www.example.co.kr/news/1>" in _page(project, "a").content
    assert _page(project, "b")["source_url"] == "https://www.example.co.kr/news/2"
    assert "source_url" not in _page(project, "c").metadata
    assert [i.message for i in result.issues if i.source == "seeds/c.txt" and i.code == "bad-sidecar"] == [
        "c.meta.yml: 'source_url' is not a web address (http:// or https://): 'javascript:alert(1)'; value ignored"
    ]


def test_character_references_in_a_text_copy(project: Path) -> None:
    """Text from a feed or a CMS export carries "&quot;", "&#39;", "&middot;"; they are the
    characters they name. "R&D", "M&A" and "Terms&notice" are text, not references."""
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8").replace(
        "설명회에는 현지", "&quot;R&D&quot;&middot;M&A 설명회&#39;에는 Terms&notice 현지"
    )
    _add(project, "a.txt", text)
    assert main(["-C", str(project), "generate", "-q"]) == 0
    body = _page(project, "a").content
    assert '"R&D"·M&A 설명회\'에는 Terms&notice 현지' in body


def test_a_copy_that_stops_at_a_paywall_says_so(project: Path) -> None:
    """The front matter's `truncated`, the article page's line and a note in the report: a reader
    of the briefing must know the rest of the article is not there."""
    _fixture(project, "paywalled_copy.txt")
    _fixture(project, "opinion_column.txt")
    result = run(load(project))
    assert main(["-C", str(project), "generate", "-q"]) == 0
    assert _page(project, "paywalled-copy")["truncated"] is True
    assert "유료 기사: 결제 안내 앞까지만 수집되었습니다" in _page(project, "paywalled-copy").content
    assert _page(project, "paywalled-copy").content.count("article-truncated") == 1  # where the text stops
    assert "truncated" not in _page(project, "opinion-column").metadata
    assert _issues(result, "paywall") == ["seeds/paywalled_copy.txt"]
    # The home page lists it among those an editor should look at, and a listing holds them all.
    home = (project / "content" / "index.md").read_text("utf-8")
    assert "**본문 일부**" in home.split("## 편집 확인이 필요한 기사", 1)[1]
    assert re.findall(r"\]\(\.\./articles/([^)]+)\.md\)", (project / "content/archive/truncated.md").read_text("utf-8")) == ["paywalled-copy"]


def test_a_page_that_shows_its_text_in_a_frame_says_where_the_text_is(project: Path) -> None:
    """A blog post saved as a complete page: the page is a frame around the post, and the post's own
    page is saved in the NAME_files/ folder, which is not read as an article."""
    post = "<html><body><p>" + "보스턴 켄달스퀘어의 한국 바이오 기업 사무소 세 곳을 둘러봤다. " * 3 + "</p></body></html>"
    _add(project, "블로그_files/PostView.html", post)
    _add(project, "블로그.html", '<html><body><iframe id="mainFrame" src="./%EB%B8%94%EB%A1%9C%EA%B7%B8_files/PostView.html"></iframe></body></html>')
    (issue,) = [i for i in run(load(project)).issues if i.code == "no-text"]
    assert issue.source == "seeds/블로그.html"
    assert issue.message.endswith("the page shows its text in a frame, saved as 블로그_files/PostView.html: put that file in seeds/ instead; skipped")
    shutil.copy(project / "seeds/블로그_files/PostView.html", project / "seeds/블로그-본문.html")
    assert [a.source for a in run(load(project)).articles] == ["seeds/블로그-본문.html"]


def test_names_written_by_hand_with_commas_are_names(project: Path) -> None:
    """"reporters: 홍길동, 김철수" in a note's front matter or a sidecar, as people write it: one reporter
    named "홍길동, 김철수" came out. A caption keeps its commas."""
    note = (FIXTURES / "editor_note.md").read_text("utf-8")
    assert "reporters: [홍길동]" in note
    _add(project, "note.md", note.replace("reporters: [홍길동]", "reporters: 홍길동, 김철수"))
    _fixture(project, "naver_ampm_with_modified.txt", "b.txt")
    _add(project, "b.meta.yml", "reporters: 이주원,박민수\ncaptions: 보스턴 CIC 전경, 2024년 촬영\n")
    by_id = {a.id: a for a in run(load(project)).articles}
    assert by_id["b"].reporters == ("이주원", "박민수") and by_id["b"].captions == ("보스턴 CIC 전경, 2024년 촬영",)
    assert by_id["note"].reporters == ("홍길동", "김철수")


def test_a_text_put_together_from_a_utf8_and_a_cp949_file_is_read_line_by_line(project: Path) -> None:
    """Each line decodes in UTF-8 or in CP949, the whole in neither: it was refused as undecodable."""
    text = (FIXTURES / "wire_dateline_with_related_list.txt").read_text("utf-8")
    lines = text.split("\n")
    half = len(lines) // 2
    _add(project, "a.txt", "\n".join(lines[:half]).encode("utf-8") + b"\n" + "\n".join(lines[half:]).encode("cp949"))
    _fixture(project, "wire_dateline_with_related_list.txt", "b.txt")
    result = run(load(project))
    a, b = sorted(result.articles, key=lambda x: x.id)
    assert (a.title, a.body, a.date, a.outlet, a.reporters) == (b.title, b.body, b.date, b.outlet, b.reporters)
    assert [i.message for i in result.issues if i.code == "repaired-encoding"] == [
        "the text was garbled: its lines are in two encodings, UTF-8 and CP949, and each was read in its own; read as repaired, check it"
    ]


def test_inputs_are_found_in_path_order_past_hidden_files_links_and_saved_page_folders(project: Path) -> None:
    seeds = project / "seeds"
    shutil.rmtree(seeds)
    for name in ["a-b.txt", "a/b.txt", ".hidden.txt", ".git/x.txt", "sub/.x.txt", "notes.pdf", "x.meta.yml",
                 "page.html", "page_files/g.js", "page_files/inner/f.html", "deep/er/c.md"]:
        _add(project, name, "text")
    (seeds / "linked").symlink_to(seeds / "a", target_is_directory=True)
    (seeds / "gone.txt").symlink_to(project / "nowhere.txt")
    os.mkfifo(seeds / "pipe.txt")
    inputs, issues = discover(load(project))
    assert [p.relative_to(project).as_posix() for p in inputs] == [
        "seeds/a/b.txt", "seeds/a-b.txt", "seeds/deep/er/c.md", "seeds/gone.txt", "seeds/page.html"
    ]
    assert [(i.source, i.message) for i in issues] == [
        ("seeds/linked", "not an article format (''); ignored"),
        ("seeds/notes.pdf", "not an article format ('.pdf'); ignored"),
        ("seeds/page_files/", "the files a browser saved with a page; ignored"),
    ]
    # The names pages and the cache know them by: as Path.relative_to gives them.
    assert inputs == {p: p.relative_to(project).as_posix() for p in inputs}
