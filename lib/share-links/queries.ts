import "server-only";
import { db } from "@/lib/db/client";
import type { ShareScope } from "@/lib/share-links/create-share-link";

export async function listShareLinks(scope: ShareScope) {
  return db().shareLink.findMany({
    where: scope,
    include: { createdBy: { select: { name: true } }, revokedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}
