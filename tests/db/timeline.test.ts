import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { countTimeline, getTimelinePage, TIMELINE_PAGE_SIZE, timelineInclude, type TimelineOrder } from "@/lib/timeline/entries";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { createActor, createIssueRow, createSourceRow, prisma, tag } from "./helpers";

const COUNT = 60;
const DELETED = 3;

interface Row {
  id: string;
  occurredAt: Date;
}

let issueId: string;
/** Live rows, oldest first by (occurredAt, id), the order the keyset pages must follow. */
let expectedOldestFirst: Row[];

beforeAll(async () => {
  const author = await createActor("ANALYST");
  const issue = await createIssueRow();
  issueId = issue.id;
  // Ids share a prefix and end in a zero-padded number, so their order is the same under any
  // collation. The numbers are a permutation of the insertion order, and four updates share each
  // day, so paging must break ties on id and not rely on insertion order.
  const prefix = `tl${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const rows = Array.from({ length: COUNT + DELETED }, (_, i) => ({
    id: `${prefix}${String((i * 37) % (COUNT + DELETED)).padStart(3, "0")}`,
    issueId,
    authorId: author.id,
    occurredAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 4))),
    summary: `Entry ${i}`,
    deletedAt: i % 21 === 5 ? new Date() : null,
  }));
  expect(rows.filter((row) => row.deletedAt).length).toBe(DELETED);
  expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  // Past the write path, so the read model is kept in the same transaction: other test files check
  // every issue's read model while this one runs.
  await prisma.$transaction(async (tx) => {
    await tx.update.createMany({ data: rows });
    await recomputeIssueState(tx, issueId);
  });
  expectedOldestFirst = rows
    .filter((row) => !row.deletedAt)
    .map(({ id, occurredAt }) => ({ id, occurredAt }))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});

async function walk(order: TimelineOrder) {
  const pages: Row[][] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const page = await getTimelinePage(issueId, { order, after });
    pages.push(page.entries.map(({ id, occurredAt }) => ({ id, occurredAt })));
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return pages;
}

describe("getTimelinePage", () => {
  it("counts live entries only", async () => {
    expect(await countTimeline(issueId)).toBe(COUNT);
  });

  it.each<[TimelineOrder, () => Row[]]>([
    ["newest", () => [...expectedOldestFirst].reverse()],
    ["oldest", () => expectedOldestFirst],
  ])("walks every live entry exactly once, in order, %s first", async (order, expected) => {
    const pages = await walk(order);
    expect(pages.map((page) => page.length)).toEqual([TIMELINE_PAGE_SIZE, TIMELINE_PAGE_SIZE, COUNT - 2 * TIMELINE_PAGE_SIZE]);
    const seen = pages.flat();
    expect(new Set(seen.map((row) => row.id)).size).toBe(seen.length);
    expect(seen).toEqual(expected());
  });

  it("defaults to newest first and includes author and sources", async () => {
    const page = await getTimelinePage(issueId);
    expect(page.entries[0]!.id).toBe(expectedOldestFirst.at(-1)!.id);
    expect(page.entries[0]!.author.name).toMatch(/^Test ANALYST/);
    expect(page.entries[0]!.sources).toEqual([]);
  });

  it("treats a garbled cursor as the first page", async () => {
    const first = await getTimelinePage(issueId, { order: "oldest" });
    const garbled = await getTimelinePage(issueId, { order: "oldest", after: "%%%not-a-cursor" });
    expect(garbled.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
  });

  it("returns nothing and no cursor for an issue without updates", async () => {
    const empty = await createIssueRow();
    expect(await getTimelinePage(empty.id)).toEqual({ entries: [], nextCursor: undefined });
  });

  it("shows the timeline as it was at asOf", async () => {
    const page = await getTimelinePage(issueId, { asOf: new Date("2000-01-01T00:00:00Z") });
    expect(page.entries).toEqual([]);
  });

  it("reads entries in exactly the shape and values of the Prisma include, sources, outlets and republications included", async () => {
    const author = await createActor("ANALYST");
    const issue = await createIssueRow();
    const outlet = await prisma.outlet.create({ data: { name: `Outlet ${tag()}`, affiliation: "STATE_CONTROLLED", owner: "A ministry", reliability: "C" } });
    const original = await prisma.source.update({
      where: { id: (await createSourceRow(author.id)).id },
      data: { outletId: outlet.id, publishedAt: new Date("2025-11-29T18:45:12.345Z"), author: "A reporter", language: "ru", kind: "STATEMENT" },
    });
    const republished = await prisma.source.update({ where: { id: (await createSourceRow(author.id)).id }, data: { viaId: original.id } });
    const bare = await createSourceRow(author.id);
    const cited = await prisma.$transaction(async (tx) => {
      const created = await tx.update.create({
        data: {
          issueId: issue.id,
          authorId: author.id,
          occurredAt: new Date("2025-11-30T00:00:00Z"),
          summary: "Cites three sources.",
          toStatus: "AGREED_IN_PRINCIPLE",
          fromStatus: "UNDER_DISCUSSION",
          editedAt: new Date("2025-12-01T08:00:00.5Z"),
          sources: {
            create: [
              { sourceId: republished.id, quote: "A quote.", position: 0, credibility: 2 },
              { sourceId: original.id, quote: null, position: 1 },
              { sourceId: bare.id, quote: "Another.", position: 2 },
            ],
          },
        },
      });
      await tx.update.create({ data: { issueId: issue.id, authorId: author.id, occurredAt: new Date("2025-11-29T00:00:00Z"), summary: "Cites none." } });
      await recomputeIssueState(tx, issue.id);
      return created;
    });
    const expected = await prisma.update.findMany({
      where: { issueId: issue.id },
      include: timelineInclude,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    });
    expect(expected[0]!.id).toBe(cited.id);
    // Stored times are UTC whatever the server's zone: read them in one far from UTC.
    const zone = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect((await getTimelinePage(issue.id)).entries).toEqual(expected);
      const oldestFirst = await getTimelinePage(issue.id, { order: "oldest", pageSize: 1 });
      expect(oldestFirst.entries).toEqual([expected[1]]);
      expect((await getTimelinePage(issue.id, { order: "oldest", after: oldestFirst.nextCursor })).entries).toEqual([expected[0]]);
    } finally {
      process.env.TZ = zone;
    }
  });
});
