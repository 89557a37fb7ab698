"""A numbered resolution wrapped onto a line that starts with a capital ("… in the County" / "Council
element …") is still one resolution: the line before it filled the measure and stopped mid-sentence, or the
line is set in under the item's text (a hanging indent), so it continues the item."""
from minutebook.ingest.parse import parse_file

HEAD = """KESTREL COUNTY COUNCIL

Minutes of the meeting of the Cabinet held on Tuesday 6 February 2024 at 10.00 am

Present: Councillor Ada Rook (Chair), Councillor Ivo Quill

"""

WRAPPED = """12. Revenue Budget 2024/25
The Cabinet Member for Finance introduced the report on the budget for the coming year and
the savings that each directorate had identified in its plans for the years that followed.
RESOLVED that -
(1) the County Council be recommended to approve a net revenue budget for 2024/25 of
£698.4m;
(2) the County Council be recommended to approve an increase of 4.99% in the County
Council element of the Council Tax, of which 2% is the adult social care precept; and
(3) the Medium Term Financial Strategy 2024/25 to 2027/28 be endorsed.
13. Any other business
There was no other business.
"""

HANGING = """   12.    REVENUE BUDGET 2024/25

          RESOLVED that -

          (1)   the Capital Programme be approved; and

          (2)   the Treasury Management Strategy and the Minimum Revenue Provision
                Policy Statement for 2024/25 be approved.

   13.    ANY OTHER BUSINESS

          There was no other business.
"""


def _resolutions(tmp_path, body):
    path = tmp_path / "m.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    return [r.rstrip(".") for r in next(i for i in record.items if i.number == "12").resolutions]


def test_line_wrapped_at_the_margin_onto_a_capital(tmp_path):
    assert _resolutions(tmp_path, WRAPPED) == [
        "the County Council be recommended to approve a net revenue budget for 2024/25 of £698.4m",
        "the County Council be recommended to approve an increase of 4.99% in the County Council element of the "
        "Council Tax, of which 2% is the adult social care precept",
        "the Medium Term Financial Strategy 2024/25 to 2027/28 be endorsed",
    ]


def test_hanging_indent_onto_a_capital(tmp_path):
    assert _resolutions(tmp_path, HANGING) == [
        "the Capital Programme be approved",
        "the Treasury Management Strategy and the Minimum Revenue Provision Policy Statement for 2024/25 be approved",
    ]
