-- Search across the record: full-text (the 'simple' configuration, so English, Ukrainian and
-- Russian words are all kept as they are, with accents folded) plus trigrams over the record's
-- words for typos and inflected endings. Both extensions ship with PostgreSQL's contrib modules.
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
CREATE INDEX "Update_occurredAt_idx" ON "Update" ("occurredAt");

-- The other kinds are small tables: expression indexes over the documents the queries build.
CREATE INDEX "Issue_search_idx" ON "Issue" USING gin (public.parley_document("title" || ' ' || "summary"));
CREATE INDEX "Source_search_idx" ON "Source" USING gin (public.parley_document("title" || ' ' || coalesce("author", '')));

-- Typos and inflected endings: every word the record contains, with a trigram index. A query word
-- is widened to its close neighbours here ("гарантії" → "гарантій", "zelenskyy" → "zelensky"), and
-- the documents are then matched through their full-text index alone: comparing trigrams against
-- every long note is far too slow on a large record. Words are only added (a word that no longer
-- occurs widens a query to nothing).
CREATE TABLE "SearchWord" ("word" text PRIMARY KEY);
CREATE INDEX "SearchWord_trgm_idx" ON "SearchWord" USING gin ("word" gin_trgm_ops);

CREATE OR REPLACE FUNCTION parley_remember_words(doc tsvector) RETURNS void
  LANGUAGE sql AS $$
    -- In a fixed order, so two transactions adding the same words cannot deadlock.
    INSERT INTO public."SearchWord" ("word")
    SELECT w FROM unnest(tsvector_to_array(doc)) w WHERE length(w) BETWEEN 3 AND 40 ORDER BY w
    ON CONFLICT DO NOTHING
  $$;

CREATE OR REPLACE FUNCTION parley_remember_words_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_TABLE_NAME = 'Update' THEN
      PERFORM public.parley_remember_words(NEW."searchVector");
    ELSIF TG_TABLE_NAME = 'Issue' THEN
      PERFORM public.parley_remember_words(public.parley_document(NEW."title" || ' ' || NEW."summary"));
    ELSIF TG_TABLE_NAME = 'Source' THEN
      PERFORM public.parley_remember_words(public.parley_document(NEW."title" || ' ' || coalesce(NEW."author", '')));
    ELSIF TG_TABLE_NAME = 'Negotiation' THEN
      PERFORM public.parley_remember_words(public.parley_document(NEW."title" || ' ' || NEW."description"));
    ELSE
      PERFORM public.parley_remember_words(public.parley_document(NEW."name"));
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER update_search_words_insert AFTER INSERT ON "Update"
  FOR EACH ROW EXECUTE FUNCTION parley_remember_words_trigger();
CREATE TRIGGER update_search_words_update AFTER UPDATE ON "Update"
  FOR EACH ROW WHEN (OLD."searchText" IS DISTINCT FROM NEW."searchText") EXECUTE FUNCTION parley_remember_words_trigger();
CREATE TRIGGER issue_search_words AFTER INSERT OR UPDATE OF "title", "summary" ON "Issue"
  FOR EACH ROW EXECUTE FUNCTION parley_remember_words_trigger();
CREATE TRIGGER source_search_words AFTER INSERT OR UPDATE OF "title", "author" ON "Source"
  FOR EACH ROW EXECUTE FUNCTION parley_remember_words_trigger();
CREATE TRIGGER negotiation_search_words AFTER INSERT OR UPDATE OF "title", "description" ON "Negotiation"
  FOR EACH ROW EXECUTE FUNCTION parley_remember_words_trigger();
CREATE TRIGGER party_search_words AFTER INSERT OR UPDATE OF "name" ON "Party"
  FOR EACH ROW EXECUTE FUNCTION parley_remember_words_trigger();
CREATE TRIGGER outlet_search_words AFTER INSERT OR UPDATE OF "name" ON "Outlet"
  FOR EACH ROW EXECUTE FUNCTION parley_remember_words_trigger();

SELECT public.parley_remember_words(doc) FROM (
  SELECT "searchVector" AS doc FROM "Update"
  UNION ALL SELECT public.parley_document("title" || ' ' || "summary") FROM "Issue"
  UNION ALL SELECT public.parley_document("title" || ' ' || coalesce("author", '')) FROM "Source"
  UNION ALL SELECT public.parley_document("title" || ' ' || "description") FROM "Negotiation"
  UNION ALL SELECT public.parley_document("name") FROM "Party"
  UNION ALL SELECT public.parley_document("name") FROM "Outlet"
) docs;
