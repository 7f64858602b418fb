-- The share feed lists an issue's updates newest logged first: without this index it sorted the
-- whole timeline on every request.
CREATE INDEX "Update_issueId_loggedAt_id_idx" ON "Update"("issueId", "loggedAt" DESC, "id" DESC);
