"""Markdown converted from Word by pandoc: grid tables ("+---+" borders, "+===+" under the header, cells
wrapped over several lines) and multiline tables (a header over a rule of dash groups, rows parted by blank
lines) are read as the pipe tables they stand for; an Action / Owner / Due table gives its actions."""
from minutebook.ingest.readers import read

GRID = """**Present:**

+-----------------------+----------------------------------+
| **Name**              | **Representing**                 |
+=======================+==================================+
| Olive Haddon (Chair)  | Moorside Tenants'                |
|                       | Association                      |
+-----------------------+----------------------------------+
| Ravi Chaudhry         | Linden Court Residents           |
+-----------------------+----------------------------------+
"""

MULTILINE = """**4\\. Repairs**

Members raised the time taken for repairs.

  -----------------------------------------------------------
  Action                                   Owner     Due
  ---------------------------------------- --------- --------
  Provide a breakdown of non-urgent        KB        17 April
  repairs at Linden Court by trade                   2024

  Report the damp survey results to the    DO        15 May
  next meeting                                       2024
  -----------------------------------------------------------
"""


def _lines(tmp_path, text):
    path = tmp_path / "m.md"
    path.write_text(text, encoding="utf-8")
    return [ln for ln in read(path).lines if ln.text]


def test_grid_table_rows_and_wrapped_cells(tmp_path):
    texts = [ln.text for ln in _lines(tmp_path, GRID)]
    assert "Olive Haddon (Chair) (Moorside Tenants' Association)" in texts
    assert "Ravi Chaudhry (Linden Court Residents)" in texts
    assert not any(t.startswith("+") for t in texts)


def test_multiline_action_table(tmp_path):
    lines = _lines(tmp_path, MULTILINE)
    acts = [(ln.text, ln.action, ln.due) for ln in lines if ln.action]
    assert acts == [("Provide a breakdown of non-urgent repairs at Linden Court by trade", "KB", "17 April 2024"),
                    ("Report the damp survey results to the next meeting", "DO", "15 May 2024")]
    assert not any(set(ln.text) <= {"-", " "} for ln in lines)
