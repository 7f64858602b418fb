-- Least privilege: the app connects as the role parley_app (or a login role that is a member of
-- it), which owns nothing. The role running migrations owns the schema; the app gets only what it
-- needs: rows of the app's tables, sequences, and on the audit trail only INSERT and SELECT. It
-- cannot TRUNCATE, run DDL, or alter or disable the audit trail's triggers (owners only).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'parley_app') THEN
    CREATE ROLE parley_app NOLOGIN;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE EXCEPTION 'The role parley_app does not exist and % may not create it. Create it first, as an administrator: CREATE ROLE parley_app LOGIN PASSWORD ''…'' (see "Deploying" in the README).', current_user;
END $$;

GRANT USAGE ON SCHEMA public TO parley_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO parley_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO parley_app;
-- Tables and sequences that later migrations create (run by this same owner role) are covered too.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO parley_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO parley_app;

-- The migration log is the owner's to write; the app may read it (to see the schema is up to date).
REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM parley_app;
-- Append-only for the app by privilege; the triggers still refuse the owner.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM parley_app;

-- PostgreSQL 14 and older let every role create objects in public (15+ no longer does). Only the
-- schema's owner can change that; for anyone else this is a warning, not an error.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
