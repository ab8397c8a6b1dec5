"""HQ's product CSV import refuses a broken file with its line, never with a server error
(schemathesis found a carriage return that used to crash it)."""

from __future__ import annotations

import pytest

from sync.server.admin import AdminError, parse_csv

HEADER = "sku,name,price,tax_class\n"


def test_a_good_file_parses() -> None:
    (item,) = parse_csv(HEADER + "A1,Tea,1.50,STD\n")
    assert (item.sku, item.price) == ("A1", 150)


def test_a_quoted_carriage_return_is_just_text() -> None:
    (item,) = parse_csv(HEADER + '"A\rB",x,1,STD\n')
    assert item.sku == "A\rB"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("A1,Tea\n", "line 2"),
        ("A1,Tea,one,STD\n", "line 2"),
        ('A1,"Tea\n', "not valid CSV"),
        ("A1,Tea,1.50,STD\nA2,Cake,\x00,STD\n", "line 3"),
    ],
)
def test_broken_rows_are_refused_with_their_line(body: str, message: str) -> None:
    with pytest.raises(AdminError, match=message):
        parse_csv(HEADER + body)
