"""The ways a front sheet prints an item's pages: "(Pages 3 - 16)", "(Page 5)", "Pages 3 to 16", "(pp. 3-16)", and
"(Pages 3" with "- 16)" wrapped onto the next line."""
import pytest

from minutebook.ingest.parse import parse_file

FRONT = """LICENSING COMMITTEE

Date: Tuesday, 11 March 2025
Time: 6.30 pm

AGENDA

1. Apologies for Absence

2. STATEMENT OF LICENSING POLICY: CONSULTATION RESPONSES AND REVISED DRAFT {pages}

3. Any Other Business
"""


@pytest.mark.parametrize("pages, expected", [
    ("(Pages 3 - 16)", "3-16"), ("(Page 5)", "5"), ("Pages 3 to 16", "3-16"), ("(pp. 3-16)", "3-16"),
    ("(Pages 3\n- 16)", "3-16"), ("(Pages\n3 - 16)", "3-16"),
])
def test_page_forms(tmp_path, pages, expected):
    path = tmp_path / "front.txt"
    path.write_text(FRONT.format(pages=pages), encoding="utf-8")
    (rec,) = parse_file(path).records
    item = rec.agenda[1]
    assert (item.number, item.title, item.pages) == (
        "2", "STATEMENT OF LICENSING POLICY: CONSULTATION RESPONSES AND REVISED DRAFT", expected)
    assert [i.number for i in rec.agenda] == ["1", "2", "3"]
