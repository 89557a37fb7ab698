"""Apologies written as sentences in an Apologies minute."""
from minutebook.ingest.parsers.attendance import _apologies_from_text


def names(text):
    return [p.name for p in _apologies_from_text(text)[0]]


def test_an_aside_between_commas_keeps_the_rest_of_the_list():
    assert names("Apologies for absence were received from Councillor Ann Lee, who was unwell, and "
                 "Councillor Bob Ray.") == ["Ann Lee", "Bob Ray"]


def test_and_were_accepted_after_the_list():
    assert names("Apologies had been received from Ann Lee and Bob Ray and were accepted.") == ["Ann Lee", "Bob Ray"]


def test_members_who_sent_their_apologies():
    assert names("Cllr Ann Lee and Cllr Bob Ray sent their apologies.") == ["Ann Lee", "Bob Ray"]
    assert names("The Clerk reported that Cllr Bob Ray had sent apologies for the next meeting.") == []


def test_apologies_for_lateness_are_not_absence():
    assert names("Apologies for lateness were received from Cllr Ann Lee.") == []


def test_a_labelled_list_in_the_minute():
    assert names("Apologies: Ann Lee; Bob Ray.") == ["Ann Lee", "Bob Ray"]


def test_on_behalf_of_and_reported():
    assert names("Apologies for absence were received on behalf of Councillors Ann Lee and Bob Ray.") == ["Ann Lee", "Bob Ray"]
    assert names("Apologies for absence were reported from Cy Dee.") == ["Cy Dee"]


def test_who_was_substituted_by():
    found, subs = _apologies_from_text("Apologies were received from Cllr Ann Lee who was substituted by Cllr Bob Ray.")
    assert [p.name for p in found] == ["Ann Lee"] and subs == [("Ann Lee", "Bob Ray")]
