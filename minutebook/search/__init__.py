"""Full-text search: SQLite FTS5 or PostgreSQL tsvector with GIN, behind one interface."""
