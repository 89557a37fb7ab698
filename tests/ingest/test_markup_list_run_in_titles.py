"""An HTML ``<ol>`` whose items start with a bold run-in title ("<li><strong>Finance:</strong> …") numbers its
minutes."""
from minutebook.ingest.readers.markup import html_rows


def test_bold_run_in_title_gets_its_number():
    rows = html_rows("<ol><li><strong>Welcome:</strong> All welcome.</li><li><strong>Finance:</strong> Noted.</li>"
                     "<li>Plain text item.</li></ol>")
    texts = [r[0] for r in rows]
    assert texts[0].startswith("1. Welcome:")
    assert texts[1].startswith("2. Finance:")
    assert texts[2] == "Plain text item."
