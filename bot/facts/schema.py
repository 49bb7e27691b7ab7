"""The store's schema as an ordered list of migrations (sqlite-utils `Migrations`).

A new migration is appended, never edited: a store created by an older version is brought
up to date on open, and `_sqlite_migrations` records which steps it has had.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("salesbot")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
    """)
    db.execute("INSERT INTO meta (key, value) VALUES ('generation', '0')")
    db.execute("""
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            name TEXT NOT NULL,
            fiscal_year_end TEXT,
            fiscal_year_named_by TEXT CHECK (fiscal_year_named_by IN ('start', 'end')),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
    """)
    db.execute("CREATE UNIQUE INDEX entities_name ON entities (scope, name COLLATE NOCASE)")
    db.execute("""
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities (id),
            alias TEXT NOT NULL,
            scope TEXT NOT NULL
        )
    """)
    db.execute(
        "CREATE UNIQUE INDEX aliases_unique ON aliases (entity_id, alias COLLATE NOCASE, scope)"
    )
    db.execute("""
        CREATE TABLE metrics (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            name TEXT NOT NULL,
            unit TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
    """)
    db.execute("CREATE UNIQUE INDEX metrics_name ON metrics (scope, name COLLATE NOCASE)")
    db.execute("""
        CREATE TABLE synonyms (
            id INTEGER PRIMARY KEY,
            metric_id INTEGER NOT NULL REFERENCES metrics (id),
            phrase TEXT NOT NULL,
            scope TEXT NOT NULL
        )
    """)
    db.execute(
        "CREATE UNIQUE INDEX synonyms_unique ON synonyms (metric_id, phrase COLLATE NOCASE, scope)"
    )
    db.execute("""
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            publisher TEXT,
            url TEXT,
            published TEXT,
            text TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT,
            updated_at TEXT
        )
    """)
    db.execute("CREATE UNIQUE INDEX sources_key ON sources (scope, key)")
    db.execute("""
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities (id),
            metric_id INTEGER NOT NULL REFERENCES metrics (id),
            kind TEXT NOT NULL CHECK (kind IN ('actual', 'target', 'forecast')),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            as_of TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources (id),
            quote TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT,
            updated_at TEXT,
            deleted_at TEXT,
            deleted_by TEXT
        )
    """)
    # One live statement per figure, date and scope; it also serves every answer's lookup,
    # which always knows the entity and metric first.
    db.execute("""
        CREATE UNIQUE INDEX facts_statement ON facts
            (entity_id, metric_id, kind, period_end, period_start, as_of, scope)
            WHERE deleted_at IS NULL
    """)
    # Questions that name a metric but no company ("who sold smartphones?").
    db.execute("CREATE INDEX facts_by_metric ON facts (metric_id, entity_id)")
    db.execute("""
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            scope TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_id INTEGER,
            before TEXT,
            after TEXT,
            undone_by INTEGER REFERENCES audit (id)
        )
    """)
    db.execute("CREATE INDEX audit_row ON audit (table_name, row_id)")
    db.execute("CREATE INDEX audit_scope ON audit (scope, actor, id)")
    db.execute("""
        CREATE TABLE asked (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            scope TEXT NOT NULL,
            question TEXT NOT NULL,
            status TEXT NOT NULL
        )
    """)
    db.execute("CREATE INDEX asked_scope ON asked (scope, at)")
    db.execute("""
        CREATE TABLE candidates (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources (id),
            payload TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'approved', 'rejected')),
            fact_id INTEGER REFERENCES facts (id),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            decided_by TEXT,
            decided_at TEXT
        )
    """)
    db.execute("CREATE INDEX candidates_scope ON candidates (scope, status)")


@migrations()
def m002_name_lookups(db: Database) -> None:
    # Looking a name up among aliases and synonyms (every import, `add_alias`, listings by
    # name) scanned those tables: the unique indexes start with the entity or metric id.
    db.execute("CREATE INDEX aliases_by_alias ON aliases (alias COLLATE NOCASE, scope)")
    db.execute("CREATE INDEX synonyms_by_phrase ON synonyms (phrase COLLATE NOCASE, scope)")


@migrations()
def m003_value_ranges(db: Database) -> None:
    # A fact may state a range ("212,000 to 217,000"): `value` is its low end, this the high.
    db.execute("ALTER TABLE facts ADD COLUMN value_high REAL")


@migrations()
def m004_server_settings(db: Database) -> None:
    # Per-server settings a server's admins own (audit channel, admin role, cooldown); a
    # missing row means "the environment's default".
    db.execute("""
        CREATE TABLE server_settings (
            scope TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (scope, name)
        )
    """)


@migrations()
def m005_import_journal(db: Database) -> None:
    # An import is published in short transactions; every row it writes carries its id so
    # a failed or killed import can be removed and a finished one undone as a whole
    # (see bot/facts/store/imports.py).
    db.execute("""
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL,
            actor TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'undone')),
            pid INTEGER
        )
    """)
    for table in ("audit", "facts", "aliases", "synonyms", "sources", "entities", "metrics"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN import_id INTEGER")
        db.execute(
            f"CREATE INDEX {table}_by_import ON {table} (import_id) WHERE import_id IS NOT NULL"
        )


@migrations()
def m006_unpublished_imports(db: Database) -> None:
    # Readers hide the rows of an import that is still publishing (or being rolled back):
    # `NOT IN (SELECT id FROM imports WHERE status = 'running')` in every read of facts,
    # which this index keeps to the few running imports however many ever ran.
    db.execute("CREATE INDEX imports_running ON imports (id) WHERE status = 'running'")


@migrations()
def m007_candidate_figures(db: Database) -> None:
    # Ingesting a report asks which figures other reports of the scope have proposed already
    # (a news story restating yesterday's results): found by period and value, not by
    # reading every candidate of the scope. The expressions match `stating()`'s query.
    db.execute(
        "CREATE INDEX candidates_by_figure ON candidates (scope, "
        "json_extract(payload, '$.period'), json_extract(payload, '$.value'))"
    )
