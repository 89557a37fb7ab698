"""The database-specific half of search: index DDL and the match/rank/snippet SQL for SQLite FTS5 and
PostgreSQL full-text search. Everything here works on terms already made safe by ``minutebook.search.query``."""
from __future__ import annotations

TABLE = "search_searchentry"

# markers put round matched words by snippet()/ts_headline(); the text is HTML-escaped afterwards and
# the markers become <mark>…</mark>, so nothing in the indexed text can inject markup
START, STOP = "\x02", "\x03"

SQLITE_FTS = (
    f"CREATE VIRTUAL TABLE search_fts USING fts5(title, text, content='{TABLE}', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')"
)
SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER search_fts_ai AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO search_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
    f"""CREATE TRIGGER search_fts_ad AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END""",
    f"""CREATE TRIGGER search_fts_au AFTER UPDATE OF title, text ON {TABLE} BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO search_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS search_fts_ai", "DROP TRIGGER IF EXISTS search_fts_ad",
               "DROP TRIGGER IF EXISTS search_fts_au", "DROP TABLE IF EXISTS search_fts"]

PG_CONFIG = "english"
PG_VECTOR = [
    f"""ALTER TABLE {TABLE} ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('{PG_CONFIG}'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('{PG_CONFIG}'::regconfig, coalesce(text, '')), 'B')) STORED""",
    f"CREATE INDEX search_entry_vector_gin ON {TABLE} USING gin (vector)",
]
PG_DROP = [f"DROP INDEX IF EXISTS search_entry_vector_gin", f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS vector"]


def create_index(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": [SQLITE_FTS, *SQLITE_TRIGGERS], "postgresql": PG_VECTOR}.get(vendor)
    if statements is None:
        raise RuntimeError(f"search needs SQLite or PostgreSQL, not {vendor}")
    for sql in statements:
        schema_editor.execute(sql)


def drop_index(schema_editor) -> None:
    for sql in {"sqlite": SQLITE_DROP, "postgresql": PG_DROP}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


# ---- queries -----------------------------------------------------------------------------------

def _fts5_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def sqlite_match(terms) -> str:
    """An FTS5 MATCH expression: every positive term ANDed, negatives NOT-ed, phrases quoted, prefixes starred."""
    pos = []
    for t in terms:
        if t.negate:
            continue
        expr = _fts5_quote(" ".join(t.words))
        pos.append(expr + ("*" if t.prefix else ""))
    expr = " AND ".join(pos)
    for t in terms:
        if t.negate:
            expr = f"({expr}) NOT {_fts5_quote(' '.join(t.words))}"
    return expr


def pg_tsquery(terms) -> tuple[str, list]:
    """A tsquery SQL expression (with params) built from safe terms, never from raw user syntax."""
    parts, params = [], []
    for t in terms:
        text = " ".join(t.words)
        if t.prefix and len(t.words) == 1:
            # the word is letters/digits only, so ':*' cannot form any other operator
            sql = f"to_tsquery('{PG_CONFIG}', %s)"
            text = t.words[0] + ":*"
        elif len(t.words) > 1:
            sql = f"phraseto_tsquery('{PG_CONFIG}', %s)"
        else:
            sql = f"plainto_tsquery('{PG_CONFIG}', %s)"
        if t.negate:
            sql = f"(!! {sql})"
        parts.append(sql)
        params.append(text)
    return "(" + " && ".join(parts) + ")", params


# minutes, where the discussion is, come a little before the other kinds at equal relevance
KIND_WEIGHT = {"minute": 1.5, "resolution": 1.2, "item": 1.0, "action": 1.0, "document": 0.8}
_WEIGHT_SQL = "(CASE {t}.kind " + " ".join(f"WHEN '{k}' THEN {w}" for k, w in KIND_WEIGHT.items()) + " ELSE 1.0 END)"


def annotate(qs, vendor: str, terms, *, rank: bool = False, snippets: bool = False, fragment_words: int = 30):
    """``qs`` narrowed to rows matching ``terms``, where asked with ``rank`` (lower is better) and
    ``title_hl`` and ``snippet`` (to be asked only of rows the user may see)."""
    if vendor == "sqlite":
        match = sqlite_match(terms)
        select = {"rank": f"bm25(search_fts, 4.0, 1.0) * {_WEIGHT_SQL.format(t=TABLE)}"} if rank else {}
        if snippets:
            select["title_hl"] = f"highlight(search_fts, 0, char(2), char(3))"
            select["snippet"] = f"snippet(search_fts, 1, char(2), char(3), '…', {min(fragment_words, 64)})"
        return qs.extra(tables=["search_fts"], select=select,
                        where=[f"search_fts.rowid = {TABLE}.id", "search_fts MATCH %s"], params=[match])
    if vendor == "postgresql":
        tsq, tsq_params = pg_tsquery(terms)
        select, select_params = {}, []
        if rank:
            select["rank"] = f"-ts_rank_cd({TABLE}.vector, {tsq}, 1) * {_WEIGHT_SQL.format(t=TABLE)}"
            select_params += tsq_params
        if snippets:
            opts = f"StartSel={START}, StopSel={STOP}"
            select["title_hl"] = f"ts_headline('{PG_CONFIG}', {TABLE}.title, {tsq}, 'HighlightAll=true, {opts}')"
            fragments = f"MaxFragments=2, MaxWords={fragment_words}, MinWords=12, FragmentDelimiter=\" … \""
            select["snippet"] = f"ts_headline('{PG_CONFIG}', {TABLE}.text, {tsq}, '{fragments}, {opts}')"
            select_params += tsq_params + tsq_params
        return qs.extra(select=select, select_params=select_params,
                        where=[f"{TABLE}.vector @@ {tsq}"], params=list(tsq_params))
    raise RuntimeError(f"search needs SQLite or PostgreSQL, not {vendor}")
