import "server-only";
import { db } from "@/lib/db/client";

/** True when the database answers a trivial query within two seconds. */
export async function isDatabaseReachable(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  const probe = db().$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([probe, timeout]);
}

export const DATABASE_UNAVAILABLE = Symbol("database unavailable");

/**
 * The result of a query, or DATABASE_UNAVAILABLE when it failed because the database is down (for
 * pages that can say so in words, such as sign-in). Any other failure is a bug and is rethrown.
 */
export async function whenDatabaseAnswers<T>(query: Promise<T>): Promise<T | typeof DATABASE_UNAVAILABLE> {
  try {
    return await query;
  } catch (error) {
    if (await isDatabaseReachable()) throw error;
    return DATABASE_UNAVAILABLE;
  }
}
