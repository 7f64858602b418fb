import { describe, expect, it } from "vitest";
import { loadChains } from "@/lib/sources/republication-chains";
import { createActor, createSourceRow, prisma } from "./helpers";

describe("republication chains", () => {
  it("follow each source to its original, with outlets, in one read for many sources", async () => {
    const analyst = await createActor("ANALYST");
    const outlet = await prisma.outlet.create({ data: { name: `TASS ${Date.now()}`, affiliation: "STATE_CONTROLLED" } });
    const original = await prisma.source.update({ where: { id: (await createSourceRow(analyst.id)).id }, data: { outletId: outlet.id, kind: "ARTICLE" } });
    const copy = await prisma.source.update({ where: { id: (await createSourceRow(analyst.id)).id }, data: { viaId: original.id } });
    const copyOfCopy = await prisma.source.update({ where: { id: (await createSourceRow(analyst.id)).id }, data: { viaId: copy.id } });
    const alone = await createSourceRow(analyst.id);

    const chains = await loadChains([copyOfCopy.id, alone.id, copyOfCopy.id, "no-such-source"]);
    expect(chains.get(copyOfCopy.id)?.map((link) => link.id)).toEqual([copyOfCopy.id, copy.id, original.id]);
    expect(chains.get(copyOfCopy.id)?.[2]).toEqual({
      id: original.id,
      title: original.title,
      kind: "ARTICLE",
      outletName: outlet.name,
      affiliation: "STATE_CONTROLLED",
    });
    expect(chains.get(alone.id)).toEqual([{ id: alone.id, title: alone.title, kind: alone.kind, outletName: null, affiliation: null }]);
    expect(chains.has("no-such-source")).toBe(false);
    expect(await loadChains([])).toEqual(new Map());
  });

  it("stop at a loop instead of following it forever", async () => {
    const analyst = await createActor("ANALYST");
    const first = await createSourceRow(analyst.id);
    const second = await prisma.source.update({ where: { id: (await createSourceRow(analyst.id)).id }, data: { viaId: first.id } });
    await prisma.source.update({ where: { id: first.id }, data: { viaId: second.id } });
    expect((await loadChains([second.id])).get(second.id)?.map((link) => link.id)).toEqual([second.id, first.id]);
  });
});
