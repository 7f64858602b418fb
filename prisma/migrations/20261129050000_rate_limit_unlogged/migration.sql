-- Rate-limit counters are written on every API request, share page and sign-in attempt. They are
-- worth no write-ahead log and no disk flush at commit; after a crash PostgreSQL empties an
-- unlogged table, which only forgets the current minute's counts.
ALTER TABLE "RateLimitWindow" SET UNLOGGED;
