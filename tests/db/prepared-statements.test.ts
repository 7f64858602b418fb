import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { PREPARED } from "@/lib/db/prepared-statements";
import { databaseUrl } from "./helpers";

// One connection, so every statement below runs in the same PostgreSQL session.
const client = createPrismaClient(databaseUrl, 1);
afterAll(() => client.$disconnect());

const preparedNames = async () => (await client.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements ORDER BY name`).map((row) => row.name);

describe("prepared statements", () => {
  it("are kept per connection for marked statements only, one per text however many the calls", async () => {
    const before = await preparedNames();
    for (let call = 0; call < 3; call++) {
      expect(await client.$queryRaw<{ n: number }[]>`${PREPARED} SELECT ${call}::int AS n`).toEqual([{ n: call }]);
      await client.$queryRaw`SELECT ${call}::int AS unmarked`;
    }
    const added = (await preparedNames()).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^parley_[0-9a-f]{20}$/);
  });
});
