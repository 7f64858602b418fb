import "server-only";
import { db } from "@/lib/db/client";

export async function hasAdministrator(): Promise<boolean> {
  return (await db().user.count({ where: { role: "ADMIN", isActive: true } })) > 0;
}
