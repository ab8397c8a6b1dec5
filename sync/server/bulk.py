"""Bulk statements for the push path: a whole batch in a few statements.

A push of 250 sales writes about 2,000 rows and looks up about 1,000 ids. Through the ORM's
bulk insert, psycopg's executemany (one Bind/Execute per row) and `IN (...)` lists expanded to
one placeholder per value, SQLAlchemy and psycopg spent more CPU per event than PostgreSQL did,
and every differently sized statement was compiled and parsed anew. Here:

- rows go to the driver as directly as each database allows: COPY on PostgreSQL, one prepared
  INSERT run by the sqlite3 module's executemany (a loop in C) on SQLite;
- a list of values to look up travels as one array parameter on PostgreSQL (`= ANY`), so the
  statement text never changes; SQLite, in-process, takes plain chunked `IN (?, ...)` lists
  from the sqlite3 module without SQLAlchemy in between.

Values are still converted by the columns' own SQLAlchemy types (UTC timestamps, JSON), inside
the session's transaction, so nothing about what is stored changes. Table and column names in
the SQL built here come from HQ's own models and code, never from a request; values are always
bound parameters.
"""

from __future__ import annotations

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


# SQLite takes at most 999 bound values per statement in older builds; lists go in chunks.
SQLITE_CHUNK = 500


def select_in(
    session: Session, select_sql: str, column: str, values: Sequence[Any], **equal: object
) -> list[tuple[Any, ...]]:
    """Rows of `select_sql` (a "SELECT ... FROM ..." with no WHERE) whose `column` is one of
    `values` and whose `equal` columns have the given values.

    PostgreSQL gets the list as one array parameter (`= ANY`), so the statement text is the
    same for every length. SQLite gets plain `IN (?, ...)` lists through the sqlite3 module; a
    JSON array read by json_each would be one parameter too, but SQLite's JSON functions cut a
    string at a NUL character, and a value must be compared exactly as it was sent."""
    if not values:
        return []
    if is_postgresql(session):
        also = "".join(f' AND "{name}" = :{name}' for name in equal)
        statement = text(f'{select_sql} WHERE "{column}" = ANY(CAST(:values AS text[])){also}')
        return [tuple(r) for r in session.execute(statement, {"values": list(values), **equal})]
    driver = session.connection().connection.driver_connection
    also = "".join(f' AND "{name}" = ?' for name in equal)
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), SQLITE_CHUNK):
        chunk = list(values[start : start + SQLITE_CHUNK])
        marks = ", ".join("?" * len(chunk))
        sql = f'{select_sql} WHERE "{column}" IN ({marks}){also}'
        rows.extend(driver.execute(sql, [*chunk, *equal.values()]))  # type: ignore[union-attr]
    return rows


def existing(
    session: Session, table: str, column: str, values: Iterable[str], **equal: object
) -> set[str]:
    """Which of `values` `table.column` already holds (optionally among rows where each
    `equal` column has the given value)."""
    select_sql = f'SELECT "{column}" FROM "{table}"'  # noqa: S608
    rows = select_in(session, select_sql, column, list(values), **equal)
    return {row[0] for row in rows}
