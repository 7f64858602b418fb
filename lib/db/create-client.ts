import { PrismaPg } from "@prisma/adapter-pg";
import { preparedStatementName } from "@/lib/db/prepared-statements";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over node-postgres: no native query engine, nothing to download. */
export function createPrismaClient(connectionString: string, maxConnections = 10): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: maxConnections }, { statementNameGenerator: (query) => preparedStatementName(query.sql) }),
    // Writers to one issue take turns on its row lock, so under load a transaction may wait for a
    // free connection longer than Prisma's default 2 s; waiting beats failing the save.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}
