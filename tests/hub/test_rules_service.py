"""The service's shape: every London borough and the City in exactly one spoke; bad files are refused in one line."""
from pathlib import Path

import pytest

from minutebook.hub.rules.service import ServiceError, load, norm_area

SHIPPED = Path(__file__).resolve().parents[2] / "minutebook" / "hub" / "services" / "restore-london.toml"
LONDON = ["Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
          "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon",
          "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton",
          "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest",
          "Wandsworth", "Westminster"]


def test_every_borough_and_the_city_in_exactly_one_spoke():
    shape = load(SHIPPED.read_text())
    assert len(shape.spokes) == 5
    assert len(LONDON) == 32
    for borough in LONDON + ["City of London"]:
        holders = [s.slug for s in shape.spokes if norm_area(borough) in {norm_area(a) for a in s.areas}]
        assert len(holders) == 1, (borough, holders)
    assert sorted(map(norm_area, shape.areas)) == sorted(map(norm_area, LONDON + ["City of London"]))
    assert shape.spoke_of("Bromley").slug == "south-east"
    assert all(5 <= len(s.areas) <= 7 for s in shape.spokes)
    assert {p.spoke for p in shape.practitioners} == {s.slug for s in shape.spokes}


def test_another_service_is_described_the_same_way():
    shape = load("""
[service]
slug = "kent-rj"
name = "Kent Restorative Justice"
region = "Kent"
allocate_by = "home"
areas = ["Dartford", "Sevenoaks", "Maidstone"]
[[spokes]]
slug = "west"
name = "West Kent"
areas = ["Dartford", "Sevenoaks"]
[[spokes]]
slug = "mid"
name = "Mid Kent"
areas = ["Maidstone"]
[[practitioners]]
username = "kp1"
name = "Kent One"
email = "k1@example.org"
spoke = "mid"
capacity = 4
""")
    assert shape.allocate_by == "home" and shape.spoke_of("sevenoaks").name == "West Kent"


BASE = """[service]
slug = "s"
name = "S"
region = "R"
{extra}
[[spokes]]
slug = "a"
name = "A"
areas = ["One", "Two"]
[[spokes]]
slug = "b"
name = "B"
areas = {b}
"""


@pytest.mark.parametrize("extra,b,message", [
    ("", '["Two"]', "Two is already in spoke a"),
    ('areas = ["One", "Two", "Three"]', '["Four"]', "Three is in no spoke"),
    ('areas = ["One", "Two"]', '["Four"]', "four, which is not in the service's areas"),
    ('allocate_by = "random"', '["Four"]', "allocate_by must be one of"),
    ("", '"Four"', "areas must be a list"),
])
def test_bad_shapes_are_refused_with_a_reason(extra, b, message):
    with pytest.raises(ServiceError, match=message):
        load(BASE.format(extra=extra, b=b))


def test_not_toml():
    with pytest.raises(ServiceError, match="not valid TOML"):
        load("[service\nslug=")


def test_practitioner_in_an_unknown_spoke():
    with pytest.raises(ServiceError, match="no spoke 'zz'"):
        load(BASE.format(extra="", b='["Four"]') + '[[practitioners]]\nusername="p"\nname="P"\nemail="p@x.org"\n'
                                                       'spoke="zz"\ncapacity=3\n')
