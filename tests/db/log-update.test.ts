import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { currentStatus } from "@/lib/timeline/status-segments";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { countAllRows, createActor, createIssueRow, createSourceRow, day, prisma } from "./helpers";

let analyst: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
});

/** Input as the form would deliver it, through the real schema (so URLs are normalised). */
const input = (raw: Record<string, unknown>) => logUpdateSchema.parse({ summary: "Something happened.", ...raw });

async function issueState(issueId: string) {
  const issue = await prisma.issue.findUniqueOrThrow({ where: { id: issueId } });
  return { status: issue.status, lastUpdateAt: issue.lastUpdateAt };
}

/** The issue's updates in timeline order, as "date to/from" strings. */
async function statusHistory(issueId: string) {
  const updates = await prisma.update.findMany({ where: { issueId }, orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }] });
  return updates.map((u) => `${u.occurredAt.toISOString().slice(0, 10)} ${u.fromStatus ?? "-"}→${u.toStatus ?? "-"}`);
}

describe("logUpdate: derived issue state", () => {
  it("starts an issue at NOT_DISCUSSED and derives status and lastUpdateAt from updates", async () => {
    const issue = await createIssueRow();
    expect(await issueState(issue.id)).toEqual({ status: "NOT_DISCUSSED", lastUpdateAt: null });

    const first = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-01", newStatus: "UNDER_DISCUSSION", summary: "Opened." }));
    expect(first).toMatchObject({ issueId: issue.id, authorId: analyst.id, summary: "Opened.", toStatus: "UNDER_DISCUSSION" });
    expect(first.occurredAt).toEqual(day("2025-01-01"));
    expect(await issueState(issue.id)).toEqual({ status: "UNDER_DISCUSSION", lastUpdateAt: day("2025-01-01") });

    // An update without a status change moves lastUpdateAt only.
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-05", newStatus: "" }));
    expect(await issueState(issue.id)).toEqual({ status: "UNDER_DISCUSSION", lastUpdateAt: day("2025-01-05") });

    // A backdated status change is the newest status change, but not the newest update.
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-03", newStatus: "GAPS_REMAIN" }));
    expect(await issueState(issue.id)).toEqual({ status: "GAPS_REMAIN", lastUpdateAt: day("2025-01-05") });

    expect(await statusHistory(issue.id)).toEqual(["2025-01-01 NOT_DISCUSSED→UNDER_DISCUSSION", "2025-01-03 UNDER_DISCUSSION→GAPS_REMAIN", "2025-01-05 -→-"]);
  });

  it("fixes fromStatus of later changes when a change is backdated between them", async () => {
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-01", newStatus: "UNDER_DISCUSSION" }));
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-10", newStatus: "CONVERGING" }));
    expect(await statusHistory(issue.id)).toEqual(["2025-01-01 NOT_DISCUSSED→UNDER_DISCUSSION", "2025-01-10 UNDER_DISCUSSION→CONVERGING"]);

    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-05", newStatus: "GAPS_REMAIN" }));
    expect(await statusHistory(issue.id)).toEqual([
      "2025-01-01 NOT_DISCUSSED→UNDER_DISCUSSION",
      "2025-01-05 UNDER_DISCUSSION→GAPS_REMAIN",
      "2025-01-10 GAPS_REMAIN→CONVERGING",
    ]);
    expect(await issueState(issue.id)).toEqual({ status: "CONVERGING", lastUpdateAt: day("2025-01-10") });

    // Backdated before everything: the first change no longer starts from NOT_DISCUSSED.
    await logUpdate(analyst, issue.id, input({ occurredAt: "2024-12-20", newStatus: "DEADLOCKED" }));
    expect(await statusHistory(issue.id)).toEqual([
      "2024-12-20 NOT_DISCUSSED→DEADLOCKED",
      "2025-01-01 DEADLOCKED→UNDER_DISCUSSION",
      "2025-01-05 UNDER_DISCUSSION→GAPS_REMAIN",
      "2025-01-10 GAPS_REMAIN→CONVERGING",
    ]);
    expect(await issueState(issue.id)).toEqual({ status: "CONVERGING", lastUpdateAt: day("2025-01-10") });

    // Same day as the latest change, logged later: it comes after it.
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-10", newStatus: "DROPPED" }));
    expect((await statusHistory(issue.id)).slice(-2)).toEqual(["2025-01-10 GAPS_REMAIN→CONVERGING", "2025-01-10 CONVERGING→DROPPED"]);
    expect(await issueState(issue.id)).toEqual({ status: "DROPPED", lastUpdateAt: day("2025-01-10") });

    // The SQL derivation and the timeline strip's derivation agree.
    const changes = (await getIssueStatusChanges(issue.id)).flatMap(({ occurredAt, toStatus }) => (toStatus ? [{ occurredAt, toStatus }] : []));
    expect(changes).toHaveLength(5);
    expect(currentStatus(changes)).toBe("DROPPED");
  });

  it("ignores soft-deleted updates when re-deriving", async () => {
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-02-01", newStatus: "UNDER_DISCUSSION" }));
    const later = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-02-10", newStatus: "DEADLOCKED" }));
    await prisma.update.update({ where: { id: later.id }, data: { deletedAt: new Date() } });
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-02-05", newStatus: "CONVERGING" }));
    const rows = await prisma.update.findMany({ where: { issueId: issue.id, deletedAt: null }, orderBy: { occurredAt: "asc" } });
    expect(rows.map((row) => [row.fromStatus, row.toStatus])).toEqual([
      ["NOT_DISCUSSED", "UNDER_DISCUSSION"],
      ["UNDER_DISCUSSION", "CONVERGING"],
    ]);
    expect(await issueState(issue.id)).toEqual({ status: "CONVERGING", lastUpdateAt: day("2025-02-05") });
  });

  it("refuses an issue that does not exist", async () => {
    const error = await logUpdate(analyst, "no-such-issue", input({ occurredAt: "2025-01-01" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("logUpdate: sources", () => {
  it("stores an article cited twice, written differently, as one Source row", async () => {
    const issue = await createIssueRow();
    const host = `news-${randomUUID()}.example.org`;
    const canonical = `https://${host}/world/talks?id=7`;

    const first = await logUpdate(
      analyst,
      issue.id,
      input({
        occurredAt: "2025-03-01",
        newSources: [
          { url: `https://www.${host}/world/talks/?utm_source=telegram&id=7#comments`, title: "First title", outlet: `Outlet ${host}`, quote: "q1" },
        ],
      }),
    );
    const second = await logUpdate(
      analyst,
      issue.id,
      input({
        occurredAt: "2025-03-02",
        newSources: [{ url: `HTTP://${host.toUpperCase()}:80/world/talks?fbclid=xyz&id=7`, title: "A different title", outlet: `Another outlet ${host}` }],
      }),
    );

    const sources = await prisma.source.findMany({ where: { url: { contains: host } }, include: { outlet: true } });
    expect(sources).toHaveLength(1);
    const source = sources[0]!;
    expect(source.url).toBe(canonical);
    // The existing source is reused as it is, not rewritten by the second citation.
    expect(source.title).toBe("First title");
    expect(source.outlet?.name).toBe(`Outlet ${host}`);
    expect(source.addedById).toBe(analyst.id);
    expect(await prisma.outlet.count({ where: { name: `Another outlet ${host}` } })).toBe(0);

    const citations = await prisma.updateSource.findMany({ where: { sourceId: source.id }, orderBy: { update: { occurredAt: "asc" } } });
    expect(citations.map((c) => [c.updateId, c.quote])).toEqual([
      [first.id, "q1"],
      [second.id, null],
    ]);
  });

  it("cites a source once per update when it is both picked and typed in again", async () => {
    const issue = await createIssueRow();
    const existing = await createSourceRow(analyst.id);
    const other = await createSourceRow(analyst.id);
    const update = await logUpdate(
      analyst,
      issue.id,
      input({
        occurredAt: "2025-03-01",
        sources: [
          { id: existing.id, quote: "picked quote" },
          { id: other.id, quote: "" },
        ],
        newSources: [{ url: `${existing.url}/?utm_medium=email`, title: "Typed again", quote: "typed quote" }],
      }),
    );
    const citations = await prisma.updateSource.findMany({ where: { updateId: update.id }, orderBy: { position: "asc" } });
    expect(citations.map((c) => [c.sourceId, c.quote, c.position])).toEqual([
      [existing.id, "typed quote", 0],
      [other.id, null, 1],
    ]);
    expect(await prisma.source.count({ where: { url: { startsWith: existing.url } } })).toBe(1);
  });

  it("refuses a source id that does not exist and writes nothing", async () => {
    const issue = await createIssueRow();
    const real = await createSourceRow(analyst.id);
    const newUrl = `https://fresh-${randomUUID()}.example.org/a`;
    const before = await countAllRows();

    const error = await logUpdate(
      analyst,
      issue.id,
      input({
        occurredAt: "2025-03-01",
        newStatus: "CONVERGING",
        sources: [{ id: real.id }, { id: "missing-source-id" }],
        newSources: [{ url: newUrl, title: "Would be new", outlet: `Outlet ${newUrl}` }],
      }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { sources: [expect.any(String)] } });
    expect(await countAllRows()).toEqual(before);
    expect(await prisma.update.count({ where: { issueId: issue.id } })).toBe(0);
    expect(await prisma.source.count({ where: { url: newUrl } })).toBe(0);
    expect(await issueState(issue.id)).toEqual({ status: "NOT_DISCUSSED", lastUpdateAt: null });
  });
});
