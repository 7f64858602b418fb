import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createIssue } from "@/lib/issues/create-issue";
import { editIssue } from "@/lib/issues/edit-issue";
import { createNegotiation, editNegotiation } from "@/lib/negotiations/save-negotiation";
import { statusLabel } from "@/lib/statuses";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { negotiationSchema } from "@/lib/validation/negotiation";
import { createActor, createNegotiationRow, prisma, tag } from "./helpers";

let analyst: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
});

const todayUtc = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);

describe("createIssue", () => {
  it("records the initial status as the issue's first update", async () => {
    const negotiation = await createNegotiationRow();
    const id = tag();
    const issue = await createIssue(
      analyst,
      negotiation.id,
      createIssueSchema.parse({ title: `Prisoner exchange ${id}`, summary: "All for all.", category: `Humanitarian ${id}`, initialStatus: "GAPS_REMAIN" }),
    );
    expect(issue).toMatchObject({ negotiationId: negotiation.id, title: `Prisoner exchange ${id}`, summary: "All for all.", slug: `prisoner-exchange-${id}` });

    const stored = await prisma.issue.findUniqueOrThrow({ where: { id: issue.id }, include: { category: true, updates: true } });
    expect(stored.category.name).toBe(`Humanitarian ${id}`);
    expect(stored.status).toBe("GAPS_REMAIN");
    expect(stored.updates).toHaveLength(1);
    const [first] = stored.updates;
    expect(first).toMatchObject({ authorId: analyst.id, fromStatus: "NOT_DISCUSSED", toStatus: "GAPS_REMAIN", deletedAt: null });
    expect(first!.summary).toContain(statusLabel("GAPS_REMAIN"));
    // Created today (the test could straddle midnight UTC; allow the day before).
    const today = todayUtc().getTime();
    expect([today, today - 86_400_000]).toContain(first!.occurredAt.getTime());
    expect(stored.lastUpdateAt).toEqual(first!.occurredAt);
  });

  it("writes no update when there is no initial status", async () => {
    const negotiation = await createNegotiationRow();
    const issue = await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: `Quiet ${tag()}`, category: "Quiet", initialStatus: "" }));
    const stored = await prisma.issue.findUniqueOrThrow({ where: { id: issue.id }, include: { updates: true } });
    expect(stored.updates).toEqual([]);
    expect(stored.status).toBe("NOT_DISCUSSED");
    expect(stored.lastUpdateAt).toBeNull();
  });

  it("gives issues with the same title distinct slugs within a negotiation, not across them", async () => {
    const negotiation = await createNegotiationRow();
    const other = await createNegotiationRow();
    const title = `Black Sea shipping ${tag()}`;
    const base = title.toLowerCase().replace(/ /g, "-");
    const input = createIssueSchema.parse({ title, category: "Economy" });
    const slugs = [];
    for (let i = 0; i < 3; i++) slugs.push((await createIssue(analyst, negotiation.id, input)).slug);
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
    expect((await createIssue(analyst, other.id, input)).slug).toBe(base);
    expect(await prisma.issue.count({ where: { negotiationId: negotiation.id, title } })).toBe(3);
  });

  it("reuses a category named differently only in case", async () => {
    const negotiation = await createNegotiationRow();
    const name = `Sanctions ${tag()}`;
    const a = await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "A", category: name }));
    const b = await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "B", category: name.toUpperCase() }));
    expect(b.categoryId).toBe(a.categoryId);
    expect(await prisma.category.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("issues created at once under a new category name share one category, created once", async () => {
    const negotiation = await createNegotiationRow();
    const name = `Humanitarian race ${tag()}`;
    const issues = await Promise.all(
      Array.from({ length: 6 }, (_, index) => createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: `Race ${index}`, category: name }))),
    );
    expect(new Set(issues.map((issue) => issue.categoryId)).size).toBe(1);
    expect(await prisma.category.count({ where: { name } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "category.create", entityId: issues[0]!.categoryId } })).toBe(1);
  });

  it("audits a category the first time it is named", async () => {
    const negotiation = await createNegotiationRow();
    const name = `Prisoners ${tag()}`;
    await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "A", category: name }));
    await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "B", category: name }));
    const category = await prisma.category.findFirstOrThrow({ where: { name } });
    const events = await prisma.auditEvent.findMany({ where: { entityId: category.id } });
    expect(events.map((event) => [event.action, event.actorId, event.after])).toEqual([["category.create", analyst.id, { name }]]);
  });

  it("keeps a new category whose slug another category has, instead of replacing its name", async () => {
    const negotiation = await createNegotiationRow();
    const id = tag();
    const a = await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "A", category: `Energy grid ${id}` }));
    const b = await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "B", category: `Energy / grid ${id}` }));
    expect(b.categoryId).not.toBe(a.categoryId);
    const stored = await prisma.category.findUniqueOrThrow({ where: { id: b.categoryId } });
    expect(stored).toMatchObject({ name: `Energy / grid ${id}`, slug: `energy-grid-${id}-2` });
  });

  it("gives a Ukrainian title a readable, transliterated slug", async () => {
    const negotiation = await createNegotiationRow();
    const issue = await createIssue(analyst, negotiation.id, createIssueSchema.parse({ title: "Гарантії безпеки", category: "Безпека" }));
    expect(issue.slug).toBe("harantiyi-bezpeky");
  });

  it("refuses a negotiation that does not exist", async () => {
    const error = await createIssue(analyst, "no-such-negotiation", createIssueSchema.parse({ title: "X", category: "Y" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("editIssue", () => {
  it("changes title, summary and category but not slug or status", async () => {
    const negotiation = await createNegotiationRow();
    const id = tag();
    const issue = await createIssue(
      analyst,
      negotiation.id,
      createIssueSchema.parse({ title: `Old ${id}`, category: `Old ${id}`, initialStatus: "CONVERGING" }),
    );
    const edited = await editIssue(analyst, issue.id, editIssueSchema.parse({ title: `New ${id}`, summary: "New summary", category: `New ${id}` }));
    const stored = await prisma.issue.findUniqueOrThrow({ where: { id: issue.id }, include: { category: true } });
    expect(stored).toMatchObject({ title: `New ${id}`, summary: "New summary", slug: issue.slug, status: "CONVERGING" });
    expect(stored.category.name).toBe(`New ${id}`);
    expect(edited.id).toBe(issue.id);
  });
});

describe("createNegotiation", () => {
  it("stores parties in the given order and gives repeated titles distinct slugs", async () => {
    const title = `Geneva round ${tag()}`;
    const input = negotiationSchema.parse({ title, description: "Round two", parties: [{ name: "Ukraine", description: "Umerov" }, { name: "Russia" }] });
    const first = await createNegotiation(analyst, input);
    const second = await createNegotiation(analyst, input);
    const base = title.toLowerCase().replace(/ /g, "-");
    expect([first.slug, second.slug]).toEqual([base, `${base}-2`]);
    const parties = await prisma.party.findMany({ where: { negotiationId: first.id }, orderBy: { position: "asc" } });
    expect(parties.map((p) => [p.name, p.description])).toEqual([
      ["Ukraine", "Umerov"],
      ["Russia", ""],
    ]);
  });
});

describe("editNegotiation: parties", () => {
  it("renames, removes and adds parties one by one, each audited, without changing any party's id", async () => {
    const title = `Istanbul round ${tag()}`;
    const negotiation = await createNegotiation(
      analyst,
      negotiationSchema.parse({ title, parties: [{ name: "Ukraine" }, { name: "Russia" }, { name: "Turkey" }] }),
    );
    const [ukraine, russia, turkey] = await prisma.party.findMany({ where: { negotiationId: negotiation.id }, orderBy: { position: "asc" } });
    const since = await prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

    await editNegotiation(
      analyst,
      negotiation.id,
      negotiationSchema.parse({
        title,
        parties: [
          { id: russia!.id, name: "Russian Federation", description: "Not at the table" },
          { id: ukraine!.id, name: "Ukraine" },
          { name: "European backers" },
        ],
      }),
    );
    const parties = await prisma.party.findMany({
      where: { negotiationId: negotiation.id },
      orderBy: [{ deletedAt: { sort: "desc", nulls: "first" } }, { position: "asc" }],
    });
    expect(parties.map((p) => [p.id === russia!.id || p.id === ukraine!.id || p.id === turkey!.id ? p.id : "new", p.name, p.deletedAt === null])).toEqual([
      [russia!.id, "Russian Federation", true],
      [ukraine!.id, "Ukraine", true],
      ["new", "European backers", true],
      [turkey!.id, "Turkey", false],
    ]);
    const events = await prisma.auditEvent.findMany({ where: { id: { gt: since.id }, entityType: "party" }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.entityId === turkey!.id ? "turkey" : event.entityId === russia!.id ? "russia" : "new"])).toEqual([
      ["party.remove", "turkey"],
      ["party.edit", "russia"],
      ["party.create", "new"],
    ]);

    // Adding a removed party again brings back the same row, id and all; two parties may swap names.
    await editNegotiation(
      analyst,
      negotiation.id,
      negotiationSchema.parse({ title, parties: [{ id: russia!.id, name: "Ukraine" }, { id: ukraine!.id, name: "Russian Federation" }, { name: "Turkey" }] }),
    );
    const live = await prisma.party.findMany({ where: { negotiationId: negotiation.id, deletedAt: null }, orderBy: { position: "asc" } });
    expect(live.map((p) => [p.id, p.name])).toEqual([
      [russia!.id, "Ukraine"],
      [ukraine!.id, "Russian Federation"],
      [turkey!.id, "Turkey"],
    ]);
  });

  it("refuses a row naming a party of another negotiation, writing nothing", async () => {
    const other = await createNegotiation(analyst, negotiationSchema.parse({ title: `Other ${tag()}`, parties: [{ name: "Elsewhere" }] }));
    const [foreign] = await prisma.party.findMany({ where: { negotiationId: other.id } });
    const negotiation = await createNegotiation(analyst, negotiationSchema.parse({ title: `Mine ${tag()}`, parties: [{ name: "Ukraine" }] }));
    const error = await editNegotiation(
      analyst,
      negotiation.id,
      negotiationSchema.parse({ title: "Mine", parties: [{ id: foreign!.id, name: "Stolen" }] }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.party.findUniqueOrThrow({ where: { id: foreign!.id } })).name).toBe("Elsewhere");
    expect(await prisma.party.count({ where: { negotiationId: negotiation.id, deletedAt: null } })).toBe(1);
  });
});
