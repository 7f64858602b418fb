-- CreateEnum
CREATE TYPE "OutletReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "SourceCheckOutcome" AS ENUM ('CAPTURED', 'UNCHANGED', 'CHANGED', 'MOVED', 'GONE', 'FAILED');

-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN "reliability" "OutletReliability";

-- AlterTable
ALTER TABLE "UpdateSource" ADD COLUMN "credibility" INTEGER;
ALTER TABLE "UpdateSource" ADD CONSTRAINT "UpdateSource_credibility_range" CHECK ("credibility" BETWEEN 1 AND 6);

-- CreateTable
CREATE TABLE "SourceCheck" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "SourceCheckOutcome" NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentHash" TEXT,
    "title" TEXT,
    "text" TEXT,
    "message" TEXT,
    "checkedById" TEXT,

    CONSTRAINT "SourceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceCheck_sourceId_checkedAt_idx" ON "SourceCheck"("sourceId", "checkedAt");

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
