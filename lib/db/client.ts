import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverEnv } from "@/lib/env";

const globalForDb = globalThis as unknown as { parleyDb?: PrismaClient };

/** The one database client; kept on globalThis so hot reload does not leak connection pools. */
export function db(): PrismaClient {
  globalForDb.parleyDb ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForDb.parleyDb;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
