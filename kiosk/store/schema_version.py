"""Which schema revisions this build knows, read from the migration file names.

Revision ids are the four-digit prefixes of the files in migrations/versions ("0001_initial.py"
is "0001"); a test checks that they agree with what Alembic reads from the files themselves.
Reading a directory is far cheaper than loading Alembic, which keeps start-up fast when the
store is already current.
"""

from __future__ import annotations

from pathlib import Path

VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"


def known_revisions(migrations: Path | None = None) -> list[str]:
    versions = (migrations / "versions") if migrations else VERSIONS_DIR
    return sorted(
        p.name[:4] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py") if p.name[:4].isdigit()
    )


def head_revision(migrations: Path | None = None) -> str:
    return known_revisions(migrations)[-1]
