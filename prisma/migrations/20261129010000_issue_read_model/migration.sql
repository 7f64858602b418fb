-- What pages used to count from the whole timeline on every read, kept on the issue instead:
-- live updates, distinct cited sources, when the status last moved, and the status segments the
-- chart draws. The app rewrites them in the transaction that changes an issue's updates
-- (lib/updates/recompute-issue-state.ts); this fills them once for the issues that exist.

ALTER TABLE "Issue" ADD COLUMN "updateCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "sourceCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "statusSince" TIMESTAMP(3);

CREATE TABLE "IssueStatusSegment" (
    "issueId" TEXT NOT NULL,
    "status" "IssueStatus" NOT NULL,
    "fromAt" TIMESTAMP(3) NOT NULL,
    "toAt" TIMESTAMP(3),

    CONSTRAINT "IssueStatusSegment_pkey" PRIMARY KEY ("issueId","fromAt")
);

ALTER TABLE "IssueStatusSegment" ADD CONSTRAINT "IssueStatusSegment_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE "Issue" i SET
  "updateCount" = (SELECT COUNT(*) FROM "Update" u WHERE u."issueId" = i.id AND u."deletedAt" IS NULL),
  "sourceCount" = (SELECT COUNT(DISTINCT us."sourceId") FROM "UpdateSource" us JOIN "Update" u ON u.id = us."updateId"
                   WHERE u."issueId" = i.id AND u."deletedAt" IS NULL);

-- The same fold as lib/timeline/status-segments.ts: at each instant the last change (by logging
-- order, then id) wins, and a change that repeats the status before it starts no segment.
WITH last_per_instant AS (
  SELECT DISTINCT ON ("issueId", "occurredAt") "issueId", "occurredAt", "toStatus"
  FROM "Update"
  WHERE "deletedAt" IS NULL AND "toStatus" IS NOT NULL
  ORDER BY "issueId", "occurredAt", "loggedAt" DESC, id DESC
), with_previous AS (
  SELECT *, LAG("toStatus") OVER (PARTITION BY "issueId" ORDER BY "occurredAt") AS previous FROM last_per_instant
), starts AS (
  SELECT "issueId", "occurredAt", "toStatus" FROM with_previous WHERE previous IS NULL OR previous <> "toStatus"
)
INSERT INTO "IssueStatusSegment" ("issueId", "status", "fromAt", "toAt")
SELECT "issueId", "toStatus", "occurredAt", LEAD("occurredAt") OVER (PARTITION BY "issueId" ORDER BY "occurredAt") FROM starts;

UPDATE "Issue" i SET "statusSince" = s."fromAt"
FROM "IssueStatusSegment" s WHERE s."issueId" = i.id AND s."toAt" IS NULL;
