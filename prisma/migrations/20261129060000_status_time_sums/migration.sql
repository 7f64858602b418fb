-- The status chart's table sums each issue's time in every status and counts its changes; reading
-- all its segments for that on every page view grows with the timeline. The write path keeps the
-- sums over the closed segments on the issue instead (lib/updates/recompute-issue-state.ts; the open
-- segment's time is added when read), and the chart reads only the segments its range can draw,
-- through these two indexes. This fills the sums once for the issues that exist.

ALTER TABLE "Issue" ADD COLUMN "closedStatusMs" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "statusChangeCount" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "IssueStatusSegment_issueId_toAt_idx" ON "IssueStatusSegment"("issueId", "toAt");

-- Segments at least as long as an "all time" chart can show (Prisma cannot express this index).
CREATE INDEX "IssueStatusSegment_issueId_duration_idx" ON "IssueStatusSegment"("issueId", ("toAt" - "fromAt"));

UPDATE "Issue" i SET
  "statusChangeCount" = GREATEST((SELECT COUNT(*) FROM "IssueStatusSegment" s WHERE s."issueId" = i.id) - 1, 0),
  "closedStatusMs" = COALESCE((
    SELECT jsonb_object_agg(t.status, t.ms) FROM (
      SELECT s.status, ROUND(SUM(EXTRACT(EPOCH FROM s."toAt" - s."fromAt") * 1000))::bigint AS ms
      FROM "IssueStatusSegment" s WHERE s."issueId" = i.id AND s."toAt" IS NOT NULL GROUP BY s.status
    ) t
  ), '{}');
