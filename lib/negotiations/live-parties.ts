import type { Prisma } from "@/lib/generated/prisma/client";

/** A negotiation's parties as shown: not removed, in the order the analysts gave them. */
export const liveParties = {
  where: { deletedAt: null },
  orderBy: [{ position: "asc" }, { name: "asc" }],
} satisfies Prisma.Negotiation$partiesArgs;
