-- Search across the record: full-text (the 'simple' configuration, so English, Ukrainian and
-- Russian words are all kept as they are, with accents folded) plus trigrams for typos and
-- inflected endings. Both extensions ship with PostgreSQL's contrib modules.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads its dictionary through the search_path), so it cannot appear
-- in an index expression or a generated column. Naming the dictionary and schema pins it down.
CREATE OR REPLACE FUNCTION parley_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE OR REPLACE FUNCTION parley_document(value text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsvector('pg_catalog.simple'::regconfig, public.parley_fold(value)) $$;

-- An update is found by its note and by the quotes it cites: "searchText" holds both, kept current
-- by the triggers below, and "searchVector" is derived from it.
ALTER TABLE "Update" ADD COLUMN "searchText" text NOT NULL DEFAULT '';
ALTER TABLE "Update" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (public.parley_document("searchText")) STORED;

CREATE OR REPLACE FUNCTION parley_update_search_text(update_id text, summary text) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(summary, '') || coalesce(E'\n' || string_agg(us."quote", E'\n' ORDER BY us."position"), '')
    FROM "UpdateSource" us WHERE us."updateId" = update_id AND us."quote" IS NOT NULL AND us."quote" <> ''
  $$;

CREATE OR REPLACE FUNCTION parley_update_search_text_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    NEW."searchText" := public.parley_update_search_text(NEW.id, NEW.summary);
    RETURN NEW;
  END $$;

CREATE TRIGGER update_search_text
  BEFORE INSERT OR UPDATE OF summary ON "Update"
  FOR EACH ROW EXECUTE FUNCTION parley_update_search_text_trigger();

CREATE OR REPLACE FUNCTION parley_update_source_search_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  DECLARE
    target text := CASE WHEN TG_OP = 'DELETE' THEN OLD."updateId" ELSE NEW."updateId" END;
  BEGIN
    UPDATE "Update" u SET "searchText" = public.parley_update_search_text(u.id, u.summary) WHERE u.id = target;
    IF TG_OP = 'UPDATE' AND OLD."updateId" <> NEW."updateId" THEN
      UPDATE "Update" u SET "searchText" = public.parley_update_search_text(u.id, u.summary) WHERE u.id = OLD."updateId";
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER update_source_search
  AFTER INSERT OR UPDATE OR DELETE ON "UpdateSource"
  FOR EACH ROW EXECUTE FUNCTION parley_update_source_search_trigger();

UPDATE "Update" u SET "searchText" = public.parley_update_search_text(u.id, u.summary);

CREATE INDEX "Update_searchVector_idx" ON "Update" USING gin ("searchVector");
CREATE INDEX "Update_searchText_trgm_idx" ON "Update" USING gin (public.parley_fold("searchText") gin_trgm_ops);
CREATE INDEX "Update_occurredAt_idx" ON "Update" ("occurredAt");

-- The other kinds are small tables: expression indexes over the same documents the queries build.
CREATE INDEX "Issue_search_idx" ON "Issue" USING gin (public.parley_document("title" || ' ' || "summary"));
CREATE INDEX "Issue_search_trgm_idx" ON "Issue" USING gin (public.parley_fold("title" || ' ' || "summary") gin_trgm_ops);
CREATE INDEX "Source_search_idx" ON "Source" USING gin (public.parley_document("title" || ' ' || coalesce("author", '')));
CREATE INDEX "Source_search_trgm_idx" ON "Source" USING gin (public.parley_fold("title" || ' ' || coalesce("author", '')) gin_trgm_ops);
CREATE INDEX "Outlet_name_trgm_idx" ON "Outlet" USING gin (public.parley_fold("name") gin_trgm_ops);
CREATE INDEX "Negotiation_search_trgm_idx" ON "Negotiation" USING gin (public.parley_fold("title" || ' ' || "description") gin_trgm_ops);
CREATE INDEX "Party_name_trgm_idx" ON "Party" USING gin (public.parley_fold("name") gin_trgm_ops);
