import "server-only";
import { db } from "@/lib/db/client";

export async function hasAdministrator(): Promise<boolean> {
  return (await db().user.count({ where: { role: "ADMIN", isActive: true } })) > 0;
}

export async function listUsers() {
  return db().user.findMany({ orderBy: [{ isActive: "desc" }, { name: "asc" }] });
}

export async function listPendingInvitations() {
  return db().invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: new Date() } },
    include: { invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}
