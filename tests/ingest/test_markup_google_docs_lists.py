"""A Google Docs HTML export: every run is a ``<span>`` styled by class (".c2{font-weight:700}" is bold), and a
numbered list is split into one ``<ol>`` per item, numbered by ``start="N"`` or by the list class going on
("lst-kix_…-0", "start" only on the first). The items take the numbers the browser prints."""
import tempfile
from pathlib import Path

from minutebook.ingest.parse import parse_file
from minutebook.ingest.readers.markup import html_rows

STYLE = "<style>.c0{font-weight:400}.c2{font-weight:700;color:#000000}</style>"


def _doc(body):
    return f"<html><head>{STYLE}</head><body>{body}</body></html>"


def test_span_styled_bold_by_class():
    rows = html_rows(_doc('<p><span class="c2">Finance</span></p><p><span class="c0">Noted.</span></p>'))
    assert rows[0] == ("Finance", False, True)
    assert rows[1][2] is False


def test_one_ol_per_item_numbered_by_start():
    rows = html_rows(_doc('<ol class="lst-kix_ab-0 start" start="1"><li><span class="c2">Welcome</span></li></ol>'
                          '<p><span class="c0">All welcome.</span></p>'
                          '<ol class="lst-kix_ab-0" start="2"><li><span class="c2">Finance</span></li></ol>'))
    assert [r[0] for r in rows] == ["1. Welcome", "All welcome.", "2. Finance"]
    assert rows[2][2] is True


def test_list_class_goes_on_without_start():
    rows = html_rows(_doc('<ol class="lst-kix_ab-0 start"><li><span class="c2">Welcome</span></li></ol>'
                          '<p><span class="c0">Text.</span></p>'
                          '<ol class="lst-kix_ab-0"><li><span class="c2">Finance</span></li></ol>'))
    assert [r[0] for r in rows] == ["1. Welcome", "Text.", "2. Finance"]


def test_minutes_items_from_google_docs_lists():
    body = ('<p><span class="c2">Present: </span><span class="c0">Ann Lee (Chair), Bob Hart</span></p>'
            '<ol class="lst-kix_q-0 start" start="1"><li><span class="c2">Apologies</span></li></ol>'
            '<p><span class="c0">None.</span></p>'
            '<ol class="lst-kix_q-0" start="2"><li><span class="c2">Budget</span></li></ol>'
            '<p><span class="c0">It was agreed to raise the hire charge.</span></p>'
            '<ol class="lst-kix_q-0" start="3"><li><span class="c2">Any other business</span></li></ol>'
            '<p><span class="c0">None.</span></p>')
    src = "<p><span>Minutes of the committee meeting held on 6 February 2024</span></p>" + body
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.html"
        path.write_text(_doc(src))
        rec = parse_file(path).records[0]
    assert [(i.number, i.title) for i in rec.items] == [("1", "Apologies"), ("2", "Budget"),
                                                         ("3", "Any other business")]
