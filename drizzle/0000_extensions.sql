-- Fuzzy matching of names and addresses (identity resolution, free-text search).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
