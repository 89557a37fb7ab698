"""Apology reasons in brackets after each name ("Cllr T. Wragg (work commitments) and Cllr H. Ansty (illness) and the
reasons were accepted"): every name is an apology, the reasons and the closing clause are not names."""
from minutebook.ingest.parsers.attendance import _apologies_from_text


def test_reasons_in_brackets():
    people, _ = _apologies_from_text("Apologies were received from Cllr T. Wragg (work commitments) and Cllr H. Ansty "
                                     "(illness) and the reasons were accepted. Cllr B. Norcott was absent.")
    assert [p.name for p in people] == ["T. Wragg", "H. Ansty"]


def test_reasons_in_brackets_in_a_list():
    people, _ = _apologies_from_text("Apologies for absence were received from Mrs J. Pike (holiday), Mr K. Lamb "
                                     "(family commitment) and Dr L. Moor.")
    assert [p.name for p in people] == ["J. Pike", "K. Lamb", "L. Moor"]
