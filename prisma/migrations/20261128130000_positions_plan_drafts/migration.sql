-- Party positions on issues (with revisions and cited sources) and peace-plan drafts.

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('INSISTS', 'SUPPORTS', 'CONDITIONAL', 'OPPOSES', 'RED_LINE', 'NO_POSITION');

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "statement" TEXT NOT NULL,
    "statedAt" TIMESTAMP(3) NOT NULL,
    "loggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionSource" (
    "positionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT,
    "ordinal" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PositionSource_pkey" PRIMARY KEY ("positionId","sourceId")
);

-- CreateTable
CREATE TABLE "PositionRevision" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "statement" TEXT NOT NULL,
    "statedAt" TIMESTAMP(3) NOT NULL,
    "sources" JSONB NOT NULL,
    "editedById" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDraft" (
    "id" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "sourceId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PlanDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPoint" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceId" TEXT,

    CONSTRAINT "PlanPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPointIssue" (
    "pointId" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,

    CONSTRAINT "PlanPointIssue_pkey" PRIMARY KEY ("pointId","issueId")
);

-- CreateTable
CREATE TABLE "PlanPointMatch" (
    "fromPointId" TEXT NOT NULL,
    "toDraftId" TEXT NOT NULL,
    "toPointId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanPointMatch_pkey" PRIMARY KEY ("fromPointId","toDraftId")
);

-- CreateIndex
CREATE INDEX "Position_issueId_partyId_statedAt_idx" ON "Position"("issueId", "partyId", "statedAt" DESC);

-- CreateIndex
CREATE INDEX "Position_partyId_idx" ON "Position"("partyId");

-- CreateIndex
CREATE INDEX "PositionSource_sourceId_idx" ON "PositionSource"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "PositionRevision_positionId_version_key" ON "PositionRevision"("positionId", "version");

-- CreateIndex
CREATE INDEX "PlanDraft_negotiationId_idx" ON "PlanDraft"("negotiationId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanPoint_draftId_ordinal_key" ON "PlanPoint"("draftId", "ordinal");

-- CreateIndex
CREATE INDEX "PlanPointIssue_issueId_idx" ON "PlanPointIssue"("issueId");

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionSource" ADD CONSTRAINT "PositionSource_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionSource" ADD CONSTRAINT "PositionSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionRevision" ADD CONSTRAINT "PositionRevision_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionRevision" ADD CONSTRAINT "PositionRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDraft" ADD CONSTRAINT "PlanDraft_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDraft" ADD CONSTRAINT "PlanDraft_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDraft" ADD CONSTRAINT "PlanDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPoint" ADD CONSTRAINT "PlanPoint_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "PlanDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPoint" ADD CONSTRAINT "PlanPoint_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPointIssue" ADD CONSTRAINT "PlanPointIssue_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "PlanPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPointIssue" ADD CONSTRAINT "PlanPointIssue_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPointMatch" ADD CONSTRAINT "PlanPointMatch_fromPointId_fkey" FOREIGN KEY ("fromPointId") REFERENCES "PlanPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPointMatch" ADD CONSTRAINT "PlanPointMatch_toPointId_fkey" FOREIGN KEY ("toPointId") REFERENCES "PlanPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
