-- Parties keep their identity: removed softly, ordered by the analyst.
ALTER TABLE "Party" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Party" ADD COLUMN "deletedAt" TIMESTAMP(3);

-- Until now parties were listed by name; keep that order.
UPDATE "Party" AS p SET "position" = ordered.position
FROM (SELECT id, (ROW_NUMBER() OVER (PARTITION BY "negotiationId" ORDER BY name) - 1)::int AS position FROM "Party") AS ordered
WHERE p.id = ordered.id;
