import { describe, expect, it } from "vitest";
import { searchSharedLink } from "@/lib/search/shared-search";
import { BROAD_WINDOW, FULL_RANKING_LIMIT, search } from "@/lib/search/search";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { createShareLinkSchema } from "@/lib/validation/share-link";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, ownerPrisma, prisma, tag } from "./helpers";

const update = (summary: string, occurredAt: string, extra: Record<string, unknown> = {}) =>
  logUpdateSchema.parse({ summary, occurredAt, newStatus: "", ...extra });

/** A word no other test's rows contain, so assertions see only this test's data. */
const unique = () => `w${tag().replace(/[^a-z0-9]/g, "")}`;

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe("search", () => {
  it("finds Cyrillic inflections, Latin typos, prefixes and accents, and ranks typed results", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const marker = unique();
    const uk = await logUpdate(analyst, issue.id, update(`${marker} Сторони обговорили рамку гарантій безпеки.`, "2025-11-30"));
    const en = await logUpdate(analyst, issue.id, update(`${marker} President Zelensky met the envoy at the Élysée.`, "2025-11-29"));

    expect(ids((await search({ kind: "workspace" }, `${marker} гарантії`, {})).hits)).toEqual([uk.id]);
    expect(ids((await search({ kind: "workspace" }, `${marker} Zelenskyy`, {})).hits)).toEqual([en.id]);
    expect(ids((await search({ kind: "workspace" }, `${marker} zelen`, {})).hits)).toEqual([en.id]);
    expect(ids((await search({ kind: "workspace" }, `${marker} ELYSEE`, {})).hits)).toEqual([en.id]);
    expect(ids((await search({ kind: "workspace" }, `${marker} БЕЗПЕКИ`, {})).hits)).toEqual([uk.id]);
    const hit = (await search({ kind: "workspace" }, `${marker} envoy`, {})).hits[0];
    expect(hit).toMatchObject({ type: "update", issueId: issue.id, authorName: analyst.name });
  });

  it("supports quoted phrases and -exclusion", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const marker = unique();
    const a = await logUpdate(analyst, issue.id, update(`${marker} the security guarantees were drafted`, "2025-11-30"));
    const b = await logUpdate(analyst, issue.id, update(`${marker} guarantees for security forces`, "2025-11-30"));
    expect(ids((await search({ kind: "workspace" }, `${marker} "security guarantees"`, {})).hits)).toEqual([a.id]);
    expect(ids((await search({ kind: "workspace" }, `${marker} guarantees -drafted`, {})).hits)).toEqual([b.id]);
  });

  it("searches quotes, issues and sources, and applies combined filters", async () => {
    const analyst = await createActor("ANALYST");
    const marker = unique();
    const issue = await createIssueRow();
    await prisma.issue.update({ where: { id: issue.id }, data: { title: `Referendum ${marker}` } });
    const outlet = await prisma.outlet.create({ data: { name: `Outlet ${marker}`, affiliation: "STATE_CONTROLLED" } });
    const source = await createSourceRow(analyst.id);
    await prisma.source.update({ where: { id: source.id }, data: { outletId: outlet.id, author: `Jane ${marker}` } });
    const quoted = await logUpdate(
      analyst,
      issue.id,
      update("Talks resumed.", "2025-11-30", { sources: [{ id: source.id, quote: `${marker} quoted words` }], newStatus: "CONVERGING" }),
    );
    const plain = await logUpdate(analyst, issue.id, update(`${marker} in the note`, "2025-11-20"));

    const all = await search({ kind: "workspace" }, marker, {});
    expect(new Set(all.hits.map((hit) => `${hit.type}:${hit.id}`))).toEqual(
      new Set([`update:${quoted.id}`, `update:${plain.id}`, `issue:${issue.id}`, `source:${source.id}`]),
    );
    const filtered = await search({ kind: "workspace" }, marker, {
      status: "CONVERGING",
      affiliation: "STATE_CONTROLLED",
      from: new Date("2025-11-25"),
      to: new Date("2025-11-30"),
    });
    expect(ids(filtered.hits)).toEqual([quoted.id]);
    expect(ids((await search({ kind: "workspace" }, marker, { to: new Date("2025-11-29") })).hits)).toEqual([plain.id]);
    expect(ids((await search({ kind: "workspace" }, marker, { type: "source", outlet: outlet.id })).hits)).toEqual([source.id]);
  });

  it("hides deleted updates, and keeps the index current when a note or a quote is edited", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const source = await createSourceRow(analyst.id);
    const [before, after, gone] = [unique(), unique(), unique()];
    const entry = await logUpdate(analyst, issue.id, update(`${before} note`, "2025-11-30", { sources: [{ id: source.id, quote: "first quote" }] }));
    await editUpdate(analyst, entry.id, update(`${after} note`, "2025-11-30", { sources: [{ id: source.id, quote: `${gone} quote` }] }));
    expect((await search({ kind: "workspace" }, before, {})).hits).toEqual([]);
    expect(ids((await search({ kind: "workspace" }, after, {})).hits)).toEqual([entry.id]);
    expect(ids((await search({ kind: "workspace" }, gone, {})).hits)).toEqual([entry.id]);
    await deleteUpdate(analyst, entry.id);
    expect((await search({ kind: "workspace" }, after, {})).hits).toEqual([]);
  });

  it("pages through results with a stable cursor", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const marker = unique();
    const logged = [];
    for (let i = 0; i < 5; i++) logged.push((await logUpdate(analyst, issue.id, update(`${marker} entry ${i}`, "2025-11-30"))).id);
    const first = await search({ kind: "workspace" }, marker, {}, { pageSize: 2 });
    const second = await search({ kind: "workspace" }, marker, {}, { pageSize: 2, after: first.nextCursor });
    const third = await search({ kind: "workspace" }, marker, {}, { pageSize: 2, after: second.nextCursor });
    expect(third.nextCursor).toBeUndefined();
    expect(new Set([...ids(first.hits), ...ids(second.hits), ...ids(third.hits)])).toEqual(new Set(logged));
  });

  it("ranks only the newest updates when a word is in too many to rank, says so, and reaches older ones by date", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const common = unique();
    const rare = unique();
    const count = FULL_RANKING_LIMIT + 1_000;
    // One update a day back from 2025-11-30, every one with the common word; every 1,000th also the rare one.
    await prisma.$executeRaw`
      INSERT INTO "Update" (id, "issueId", "authorId", "occurredAt", "loggedAt", summary)
      SELECT 'bulk' || ${common} || n, ${issue.id}, ${analyst.id}, d, d, ${common} || ' filler ' || CASE WHEN n % 1000 = 0 THEN ${rare} ELSE '' END
      FROM generate_series(1, ${count}) n, LATERAL (SELECT timestamp '2025-11-30' - n * interval '1 day' AS d) t`;
    // Bulk rows bypass logUpdate, so the issue's derived state is brought up to date as after a load.
    await prisma.$transaction((tx) => recomputeIssueState(tx, issue.id), { timeout: 60_000 });
    // The one that would rank first, with the word three times, is older than the window.
    const best = await logUpdate(analyst, issue.id, update(`${common} ${common} ${common}`, "1990-01-01"));
    // Autovacuum's job in a running app; only the owner may ANALYZE (the app role may not).
    await ownerPrisma().$executeRawUnsafe(`ANALYZE "Update"`);

    const inIssue = { issue: issue.id };
    const first = await search({ kind: "workspace" }, common, inIssue, { pageSize: 50 });
    expect(first.broad?.estimatedMatches).toBeGreaterThan(FULL_RANKING_LIMIT);
    expect(first.broad?.window).toBe(BROAD_WINDOW);
    const oldest = first.broad?.oldest;
    expect(oldest?.toISOString().slice(0, 10)).toBe(new Date(Date.UTC(2025, 10, 30) - BROAD_WINDOW * 86_400_000).toISOString().slice(0, 10));
    expect(ids(first.hits)).not.toContain(best.id);
    expect(first.hits.every((hit) => hit.at && oldest && hit.at >= oldest)).toBe(true);

    // Paging stays within the window, with no repeats, in rank order.
    const second = await search({ kind: "workspace" }, common, inIssue, { pageSize: 50, after: first.nextCursor });
    expect(second.hits).toHaveLength(50);
    expect(new Set([...ids(first.hits), ...ids(second.hits)]).size).toBe(100);
    const ranks = [...first.hits, ...second.hits].map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

    // Searching up to an older day moves the window back to it: the best match is found.
    const older = await search({ kind: "workspace" }, common, { ...inIssue, to: new Date("1990-01-01") });
    expect(ids(older.hits)[0]).toBe(best.id);

    // A rare word, even next to the common one, is ranked over the whole record.
    const narrow = await search({ kind: "workspace" }, `${rare} ${common}`, {});
    expect(narrow.broad).toBeUndefined();
    expect(narrow.hits).toHaveLength(Math.floor(count / 1000));
  });

  it("within a share link, never returns anything outside what the link shares", async () => {
    const analyst = await createActor("ANALYST");
    const marker = unique();
    const negotiation = await createNegotiationRow();
    const issue = await createIssueRow(negotiation.id);
    const elsewhere = await createIssueRow();
    const kept = await logUpdate(analyst, issue.id, update(`${marker} kept`, "2025-11-20"));
    const editedLater = await logUpdate(analyst, issue.id, update(`${marker} original wording`, "2025-11-21"));
    const deletedLater = await logUpdate(analyst, issue.id, update(`${marker} deleted later`, "2025-11-22"));
    await logUpdate(analyst, elsewhere.id, update(`${marker} other negotiation`, "2025-11-20"));

    const input = createShareLinkSchema.parse({ label: "Partners", expiry: "7d", isSnapshot: "on", hideAuthors: "on" });
    const { token } = await createShareLink(analyst, { negotiationId: negotiation.id }, input);
    const link = (await resolveShareLink(token))!;

    const loggedLater = await logUpdate(analyst, issue.id, update(`${marker} logged after the snapshot`, "2025-11-19"));
    await editUpdate(analyst, editedLater.id, update(`${marker} rewritten secretword`, "2025-11-21"));
    await deleteUpdate(analyst, deletedLater.id);
    await prisma.issue.update({ where: { id: issue.id }, data: { title: `Renamed ${marker}` } });
    const issueLater = await createIssueRow(negotiation.id);
    await prisma.issue.update({ where: { id: issueLater.id }, data: { title: `Later ${marker}` } });

    const shared = await searchSharedLink(link, marker, {});
    expect(new Set(ids(shared.hits))).toEqual(new Set([kept.id, editedLater.id, deletedLater.id]));
    expect(ids(shared.hits)).not.toContain(loggedLater.id);
    expect(shared.hits.every((hit) => hit.authorName === null)).toBe(true);
    expect(JSON.stringify(shared.hits)).not.toContain(analyst.name);
    expect(shared.hits.find((hit) => hit.id === editedLater.id)?.body).toContain("original wording");
    expect(shared.hits.map((hit) => hit.title)).toEqual(shared.hits.map(() => issue.title));
    expect((await searchSharedLink(link, `${marker} secretword`, {})).hits).toEqual([]);
    // A filter naming another negotiation's issue cannot widen the scope.
    expect((await searchSharedLink(link, marker, { issue: elsewhere.id, negotiation: "anything" })).hits).toEqual([]);

    const live = (await resolveShareLink(
      (await createShareLink(analyst, { negotiationId: negotiation.id }, createShareLinkSchema.parse({ label: "Live", expiry: "7d" }))).token,
    ))!;
    const liveHits = await searchSharedLink(live, marker, {});
    expect(new Set(ids(liveHits.hits))).toEqual(new Set([kept.id, editedLater.id, loggedLater.id, issue.id, issueLater.id]));
    expect(liveHits.hits.find((hit) => hit.id === kept.id)?.authorName).toBe(analyst.name);
  });
});
