"""The backend seam: what differs between a SQLite file and a PostgreSQL server, and nothing else.

Everything else in ``model/`` and ``gui/`` is backend-neutral SQLAlchemy Core (or, for the first screen on
SQLite, the frozen text of those same statements: :mod:`model.store.sqlrun`). What differs is here, behind
one small interface, :class:`Backend`, with one implementation per kind of database
(:mod:`model.store.sqlite_backend`, :mod:`model.store.postgresql_backend`):

- identifying and versioning the database (SQLite: ``application_id``/``user_version``; PostgreSQL: a
  marker table), done by :mod:`model.store.opening` and :mod:`model.store.server_archive` through
  :meth:`Backend.stored_version` and :meth:`Backend.mark`;
- a read snapshot per user action (:meth:`Backend.read_options`);
- write serialisation (:meth:`Backend.begin_write`, :meth:`Backend.keep_writers_out`), deferred foreign keys
  (:meth:`Backend.defer_constraints`, :meth:`Backend.check_deferred`), and identity keys and planner statistics
  after a copy (:meth:`Backend.reset_identities`, :meth:`Backend.refresh_statistics`);
- the full-text index's writes and the search SQL's fragments (:meth:`Backend.write_index`, :class:`SearchSql`);
- the storage check ``db check`` cannot do itself (:meth:`Backend.storage_check`);
- turning a driver's error into words (:meth:`Backend.fault`), by SQLite result code or PostgreSQL SQLSTATE.

:func:`model.store.backends.backend_for` says which one a target has. This module imports neither SQLAlchemy
nor a driver: choosing a backend is part of opening a database, which the first screen does before
SQLAlchemy has loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from model.store.faults import DatabaseOpenError, Doing

#: What a write waiting for another one hears, again and again while it waits: False gives up (Cancel).
WaitFn = Callable[[], bool]


class WriteCancelled(Exception):
    """A write that waited for another one was cancelled before it began; nothing was written."""


@dataclass(frozen=True)
class StoredVersion:
    """What a database says about itself before Summitry trusts it.

    Attributes:
        marked: whether it carries Summitry's mark (a SQLite file's ``application_id``, a server archive's
            marker table).
        version: its schema version (0: none yet).
        tables: how many tables it holds (0: empty, so it may be set up).
        needs: the first Summitry release that writes this version (a server archive records it, so an
            older Summitry can say which release to install); "" when unknown.
        readable_from: the oldest schema version whose Summitry can still read it.
    """

    marked: bool
    version: int
    tables: int
    needs: str = ""
    readable_from: int = 0


class SearchSql:
    """The fragments of search SQL that depend on the backend's full-text index.

    The search engine (:mod:`model.search.engine`) builds its queries over ``record r``; these are the
    pieces that name the index. ``param`` is a bound parameter's name (``:param`` in the SQL) holding an
    expression written in :attr:`syntax` (rendered by :mod:`model.search.sql` from the parsed query).
    """

    #: How the index reads a query: "fts5" (an FTS5 MATCH expression) or "tsquery" (PostgreSQL's).
    syntax: ClassVar[Literal["fts5", "tsquery"]]

    #: The index joined to ``record r``, for a FROM clause.
    def joined(self) -> str:
        raise NotImplementedError

    #: A condition: the index row matches the expression bound as ``param``.
    def matches(self, param: str) -> str:
        raise NotImplementedError

    #: A condition over ``record r`` alone: the record's words match the expression bound as ``param``.
    def contains(self, param: str) -> str:
        raise NotImplementedError

    #: An ORDER BY clause's keys, best first, for the expression bound as ``param``, weighting title and
    #: body as given; ``words_only`` when the query has no other condition (FTS5 then sorts by itself).
    def rank(self, param: str, title_weight: float, body_weight: float, *, words_only: bool) -> str:
        raise NotImplementedError

    #: A condition to add when ranking a query of words only (``words_only`` above), or "" for none.
    def rank_condition(self, title_weight: float, body_weight: float) -> str:
        return ""

    #: A condition that may be true for most rows, written so the planner does not drive the query from
    #: an index on ``column`` (SQLite's unary ``+``); plain elsewhere.
    def unindexed(self, column: str) -> str:
        return column


class Backend:
    """What one kind of database does its own way (see the module docstring)."""

    name: ClassVar[Literal["sqlite", "postgresql"]]
    #: Whether imports keep a full-text index in this backend.
    has_text_index: ClassVar[bool] = False
    #: The search SQL over the index, or None for a backend with no index.
    search_sql: ClassVar[SearchSql | None] = None

    # --- identity and version --------------------------------------------------------------------------

    def stored_version(self, conn: Connection) -> StoredVersion:
        """What the database says it is (see :class:`StoredVersion`)."""
        raise NotImplementedError

    def mark(self, conn: Connection, version: int) -> None:
        """Mark the database as Summitry's, at ``version`` (inside the transaction that set it up or upgraded it)."""
        raise NotImplementedError

    # --- reads and writes ------------------------------------------------------------------------------

    def read_options(self) -> dict[str, Any]:
        """SQLAlchemy execution options of a read snapshot: one consistent view for one user action."""
        return {}

    def begin_write(self, conn: Connection, *, whole_archive: bool, on_wait: WaitFn | None) -> None:
        """First thing in a write transaction. ``whole_archive``: an import or another write that must not run
        beside another one (it waits its turn, calling ``on_wait`` meanwhile).

        Raises:
            WriteCancelled: when ``on_wait`` returned False.
        """

    def text_rows(self, conn: Connection, sql: str, params: dict[str, Any]) -> list[Any]:
        """Rows of plain SQL text with ``:name`` parameters (the search's queries, made afresh for each one)."""
        from sqlalchemy import text

        return list(conn.execute(text(sql), params))

    def defer_constraints(self, conn: Connection) -> None:
        """Check foreign keys at commit, not statement by statement, for the rest of this transaction."""
        raise NotImplementedError

    def check_deferred(self, conn: Connection, step: Callable[[int, int], None]) -> None:
        """Check now, one piece after another, the references :meth:`defer_constraints` left for the commit;
        ``step(done, total)`` hears after each piece. For a write whose commit would otherwise stand still for
        seconds while they are checked (an import): afterwards the commit has nothing left to check, and the
        rest of the transaction's writes are checked statement by statement. A broken reference raises here
        as it would have at the commit. Nothing to do by default: SQLite counts broken references as the rows
        are written, and its commit only reads the count."""

    def insert_rows(self, conn: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
        """One executemany of ``batch`` (dicts with the same keys) into ``table``."""
        from sqlalchemy import insert

        if batch:
            conn.execute(insert(table), batch)

    def keep_writers_out(self, conn: Connection, tables: Iterable[Table]) -> None:
        """For the rest of this write transaction, no other connection writes to ``tables``; readers read on
        (what a copy that replaces an archive needs: its safety copy and the rows it deletes stay the same)."""

    def reset_identities(self, conn: Connection, tables: Iterable[Table]) -> None:
        """After rows were written with their own keys (a copy): the next key each table's identity column
        generates comes after the largest written, so later inserts do not collide with them."""

    def refresh_statistics(self, conn: Connection, tables: Iterable[str]) -> None:
        """After a whole archive was written at once and committed (a copy, a restore), on a connection outside
        any transaction (autocommit): bring the database's own bookkeeping of the archive's ``tables`` (and of
        the backend's own tables beside them) up to date, so the first reads are planned and run as well as
        later ones. Nothing else in the database is touched. A new file needs nothing: SQLite plans without
        statistics unless ``ANALYZE`` has been run on it, and Summitry never does."""

    def violation(self, error: BaseException) -> tuple[str, tuple[str, ...]] | None:
        """What constraint a write broke: ("unique" or "reference", the columns as "table.column" where known),
        read from the driver's code; None for any other error."""
        return None

    def author(self, conn: Connection) -> str:
        """Who writes through ``conn``, as revisions and change notes name them."""
        raise NotImplementedError

    def announce(self, conn: Connection, channel: str, payload: str) -> None:
        """Tell the archive's other clients, when this transaction commits, what it changed (a server's
        ``NOTIFY``); a file has no one to tell: its readers look at the change notes."""

    def can_write(self, conn: Connection) -> bool:
        """Whether the user connected may write the archive's records (a server's reader may not)."""
        return True

    # --- the full-text index ---------------------------------------------------------------------------

    def create_text_index(self, conn: Connection) -> None:
        """Create the full-text index, if this backend keeps one."""

    def drop_text_index(self, conn: Connection) -> None:
        """Drop the full-text index (to rebuild it), if this backend keeps one."""

    def write_index(self, conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
        """Add (record rowid, title, body) rows, their words already normalised
        (:func:`model.text.normalize.index_text`), to the full-text index."""
        raise NotImplementedError

    def delete_index(self, conn: Connection, rowids: Iterable[int]) -> None:
        """Remove the index rows of these record rowids."""
        raise NotImplementedError

    # --- checks and errors -----------------------------------------------------------------------------

    def storage_check(self, conn: Connection) -> tuple[list[str], list[str]]:
        """The database engine's own check of its storage: (problems found, what could not be checked)."""
        return [], []

    def index_damage(self, conn: Connection) -> str | None:
        """The index engine's own check that its index agrees with the text it stores; None when it does
        (or the backend has no such check: PostgreSQL computes its ``tsvector`` from the text it stores)."""
        return None

    def dangling_rows(self, conn: Connection) -> list[tuple[str, int, str]]:
        """Rows whose foreign keys point at nothing: (table, row, table pointed at). A server enforces its
        foreign keys, so only a file (written by another program, or damaged) can hold these."""
        return []

    def fault(self, error: BaseException, where: str, doing: Doing = "using") -> DatabaseOpenError | None:
        """Words for a driver's error met while ``doing`` something with the database shown as ``where``;
        None for an error that means nothing the user can act on (a bug, a constraint: it is re-raised)."""
        raise NotImplementedError
