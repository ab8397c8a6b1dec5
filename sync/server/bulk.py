"""Bulk statements for the push path: a whole batch in a few statements whose text never changes.

A push of 250 sales writes about 2,000 rows and looks up about 1,000 ids. Through the ORM's
bulk insert, psycopg's executemany (one Bind/Execute per row) and `IN (...)` lists expanded to
one placeholder per value, SQLAlchemy and psycopg spent more CPU per event than PostgreSQL did,
and every differently sized statement was compiled and parsed anew. Here:

- rows go to the driver as directly as each database allows: COPY on PostgreSQL, one prepared
  INSERT run by the sqlite3 module's executemany (a loop in C) on SQLite;
- a list of values travels as one parameter: an array (`= ANY`) on PostgreSQL, a JSON array
  read by `json_each` on SQLite.

Values are still converted by the columns' own SQLAlchemy types (UTC timestamps, JSON), inside
the session's transaction, so nothing about what is stored changes. Table and column names in
the SQL built here come from HQ's own models and code, never from a request; values are always
bound parameters.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Dialect
from sqlmodel import Session, SQLModel

Row = Mapping[str, Any]


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[Row]) -> None:
    """Inserts `rows` (dicts keyed by column name; a missing key is NULL or the column's
    server default, as with a Core insert) into the model's table in one go."""
    if not rows:
        return
    table: Table = model.__table__  # type: ignore[attr-defined]
    present = {key for row in rows for key in row}
    columns = [c for c in table.columns if c.name in present]
    if len(columns) != len(present):
        unknown = sorted(present - {c.name for c in columns})
        raise ValueError(f"{table.name} has no column(s) {', '.join(unknown)}")
    dialect = session.get_bind().dialect
    convert = [_converter(c.type, dialect) for c in columns]
    names = [c.name for c in columns]
    values = [
        tuple(fn(row.get(name)) for name, fn in zip(names, convert, strict=True)) for row in rows
    ]
    driver = session.connection().connection.driver_connection
    quoted = ", ".join(f'"{n}"' for n in names)
    if dialect.name == "postgresql":
        with (
            driver.cursor() as cursor,  # type: ignore[union-attr]
            cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy,
        ):
            for value in values:
                copy.write_row(value)
    else:
        marks = ", ".join("?" * len(names))
        driver.executemany(  # type: ignore[union-attr]
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',  # noqa: S608
            values,
        )


def _converter(column_type: Any, dialect: Dialect) -> Callable[[Any], Any]:
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else _same


def _same(value: Any) -> Any:
    return value


def list_param(session: Session, values: Iterable[Any]) -> Any:
    """A list as one bound parameter, for `in_list` (a fixed statement text whatever its length)."""
    wanted = list(values)
    return wanted if is_postgresql(session) else json.dumps(wanted)


def in_list(session: Session, expression: str, param: str, element_type: str = "text") -> str:
    """SQL for "`expression` is one of the values bound as `:param`" (see `list_param`)."""
    if is_postgresql(session):
        return f"{expression} = ANY(CAST(:{param} AS {element_type}[]))"
    return f"{expression} IN (SELECT value FROM json_each(:{param}))"  # noqa: S608


def existing(
    session: Session, table: str, column: str, values: Iterable[str], **equal: object
) -> set[str]:
    """Which of `values` `table.column` already holds (optionally among rows where each
    `equal` column has the given value)."""
    wanted = list(values)
    if not wanted:
        return set()
    conditions = [in_list(session, f'"{column}"', "values")]
    conditions += [f'"{name}" = :{name}' for name in equal]
    where = " AND ".join(conditions)
    statement = text(f'SELECT "{column}" FROM "{table}" WHERE {where}')  # noqa: S608
    found = session.execute(statement, {"values": list_param(session, wanted), **equal})
    return set(found.scalars())
