import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { editSource } from "@/lib/sources/edit-source";
import { createSourceSchema } from "@/lib/validation/source";
import { createActor, createSourceRow, day, prisma, tag } from "./helpers";

let analyst: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
});

/** Re-points `source` at `via` (or at nothing), keeping its other fields. */
function setVia(source: { id: string; url: string; title: string }, viaUrl: string) {
  return editSource(analyst, source.id, createSourceSchema.parse({ url: source.url, title: source.title, viaUrl }));
}

async function viaOf(id: string) {
  return (await prisma.source.findUniqueOrThrow({ where: { id } })).viaId;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("editSource", () => {
  it("updates a source's details and links it to the source it republishes", async () => {
    const original = await createSourceRow(analyst.id);
    const copy = await createSourceRow(analyst.id);
    const outlet = `Outlet ${tag()}`;
    const edited = await editSource(
      analyst,
      copy.id,
      createSourceSchema.parse({
        url: `${copy.url}/?utm_source=x`,
        title: "Republished piece",
        outlet,
        affiliation: "STATE_CONTROLLED",
        kind: "STATEMENT",
        author: "Someone",
        publishedAt: "2025-11-30",
        language: "RU",
        viaUrl: `http://www.${original.url.slice("https://".length)}#top`,
      }),
    );
    const stored = await prisma.source.findUniqueOrThrow({ where: { id: copy.id }, include: { outlet: true } });
    expect(stored).toMatchObject({
      url: copy.url,
      title: "Republished piece",
      kind: "STATEMENT",
      author: "Someone",
      publishedAt: day("2025-11-30"),
      language: "ru",
      viaId: original.id,
    });
    expect(stored.outlet).toMatchObject({ name: outlet, affiliation: "STATE_CONTROLLED" });
    expect(edited.viaId).toBe(original.id);
  });

  it("audits a new outlet and a change of an outlet's affiliation", async () => {
    const source = await createSourceRow(analyst.id);
    const outlet = `Outlet ${tag()}`;
    const edit = (affiliation: string) =>
      editSource(analyst, source.id, createSourceSchema.parse({ url: source.url, title: source.title, outlet, affiliation }));
    await edit("INDEPENDENT");
    await edit("STATE_FUNDED");
    await edit("STATE_FUNDED");
    const stored = await prisma.outlet.findFirstOrThrow({ where: { name: outlet } });
    const events = await prisma.auditEvent.findMany({ where: { entityId: stored.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.actorId, event.before, event.after])).toEqual([
      ["outlet.create", analyst.id, null, { name: outlet, affiliation: "INDEPENDENT" }],
      ["outlet.edit", analyst.id, { name: outlet, affiliation: "INDEPENDENT" }, { name: outlet, affiliation: "STATE_FUNDED" }],
    ]);
  });

  it("refuses a via chain that would loop back, and leaves the chain as it was", async () => {
    // wsj ← rt ← aggregator: rt republishes wsj, the aggregator republishes rt.
    const wsj = await createSourceRow(analyst.id);
    const rt = await createSourceRow(analyst.id);
    const aggregator = await createSourceRow(analyst.id);
    await setVia(rt, wsj.url);
    await setVia(aggregator, rt.url);
    expect([await viaOf(wsj.id), await viaOf(rt.id), await viaOf(aggregator.id)]).toEqual([null, wsj.id, rt.id]);

    // wsj "via" the aggregator would make wsj → aggregator → rt → wsj.
    const longLoop = await refusal(setVia(wsj, aggregator.url));
    expect(longLoop.code).toBe("INVALID_INPUT");
    expect(longLoop.fieldErrors?.viaUrl).toHaveLength(1);

    // Two-step loop: wsj via rt.
    expect((await refusal(setVia(wsj, rt.url))).code).toBe("INVALID_INPUT");

    // A source cannot be its own origin.
    expect((await refusal(setVia(rt, rt.url))).code).toBe("INVALID_INPUT");

    expect([await viaOf(wsj.id), await viaOf(rt.id), await viaOf(aggregator.id)]).toEqual([null, wsj.id, rt.id]);
  });

  it("allows re-pointing along the chain when no loop results", async () => {
    const a = await createSourceRow(analyst.id);
    const b = await createSourceRow(analyst.id);
    const c = await createSourceRow(analyst.id);
    await setVia(b, a.url);
    await setVia(c, b.url);
    await setVia(c, a.url);
    expect(await viaOf(c.id)).toBe(a.id);
    await setVia(c, "");
    expect(await viaOf(c.id)).toBeNull();
  });

  it("refuses a via URL that no source has", async () => {
    const source = await createSourceRow(analyst.id);
    const error = await refusal(setVia(source, `https://unknown-${tag()}.example.org/x`));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.viaUrl).toHaveLength(1);
    expect(await viaOf(source.id)).toBeNull();
  });

  it("refuses a URL another source already has", async () => {
    const a = await createSourceRow(analyst.id);
    const b = await createSourceRow(analyst.id);
    const error = await refusal(editSource(analyst, b.id, createSourceSchema.parse({ url: `${a.url}?utm_source=x`, title: "Clash" })));
    expect(error.code).toBe("CONFLICT");
    expect(await prisma.source.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ url: b.url, title: b.title });
  });

  it("refuses a source that does not exist", async () => {
    const error = await refusal(editSource(analyst, "no-such-source", createSourceSchema.parse({ url: "https://example.org/x", title: "X" })));
    expect(error.code).toBe("NOT_FOUND");
  });
});
