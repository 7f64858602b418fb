-- Tamper evidence: each audit event carries the hash of the one before it (lib/audit/chain.ts).
-- Events written before this migration keep a null hash; `npm run audit:verify` starts the chain
-- after them.
ALTER TABLE "AuditEvent" ADD COLUMN "hash" TEXT;
