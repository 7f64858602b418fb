-- The time zone a negotiation's dates are read in ("today" on its forms), shown beside them.
ALTER TABLE "Negotiation" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
