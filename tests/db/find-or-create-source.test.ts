import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { findOrCreateSource } from "@/lib/sources/find-or-create-source";
import { sourceFieldsSchema } from "@/lib/validation/source";
import { createActor, databaseUrl, prisma, tag } from "./helpers";

/** Enough connections for every transaction below to run at once. */
const wide = createPrismaClient(databaseUrl, 12);
afterAll(() => wide.$disconnect());

describe("findOrCreateSource", () => {
  it("lets concurrent first citations of one new URL and outlet all succeed, sharing one source and one outlet", async () => {
    const actor = await createActor("ANALYST");
    const outlet = `Concurrent Outlet ${tag()}`;
    const input = sourceFieldsSchema.parse({ url: `https://concurrent-${tag()}.example.org/story`, title: "Same story", outlet });
    // Each in its own transaction, as two analysts logging updates at the same moment.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        wide.$transaction((tx) => findOrCreateSource(tx, index % 2 === 0 ? input : { ...input, outlet: outlet.toUpperCase() }, actor.id)),
      ),
    );
    expect(new Set(results.map((result) => result.source.id)).size).toBe(1);
    expect(results.filter((result) => result.isNew)).toHaveLength(1);
    expect(await prisma.outlet.count({ where: { name: { equals: outlet, mode: "insensitive" } } })).toBe(1);
  });
});
