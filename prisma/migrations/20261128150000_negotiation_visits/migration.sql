-- CreateTable
CREATE TABLE "NegotiationVisit" (
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "lastVisitedAt" TIMESTAMP(3) NOT NULL,
    "previousVisitedAt" TIMESTAMP(3),

    CONSTRAINT "NegotiationVisit_pkey" PRIMARY KEY ("userId","negotiationId")
);

-- Not Prisma relations (see the schema), but the rows still go with their user or negotiation.
ALTER TABLE "NegotiationVisit" ADD CONSTRAINT "NegotiationVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NegotiationVisit" ADD CONSTRAINT "NegotiationVisit_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
