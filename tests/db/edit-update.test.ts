import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { getUpdateHistory, versionsOf } from "@/lib/timeline/update-history";
import { logUpdate } from "@/lib/updates/log-update";
import { countTimeline, getTimelinePage } from "@/lib/timeline/entries";
import { logUpdateSchema } from "@/lib/validation/update";
import { countAllRows, createActor, createIssueRow, createSourceRow, day, prisma } from "./helpers";

let analyst: Actor;
let editor: Actor;
let viewer: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
  editor = await createActor("ADMIN");
  viewer = await createActor("VIEWER");
});

/** Input as the form would deliver it, through the real schema. */
const input = (raw: Record<string, unknown>) => logUpdateSchema.parse({ summary: "Something happened.", ...raw });

async function issueStatus(issueId: string) {
  return (await prisma.issue.findUniqueOrThrow({ where: { id: issueId } })).status;
}

/** The issue's live updates in timeline order, as "date from→to" strings. */
async function statusHistory(issueId: string) {
  const updates = await prisma.update.findMany({
    where: { issueId, deletedAt: null },
    orderBy: [{ occurredAt: "asc" }, { loggedAt: "asc" }, { id: "asc" }],
  });
  return updates.map((u) => `${u.occurredAt.toISOString().slice(0, 10)} ${u.fromStatus ?? "-"}→${u.toStatus ?? "-"}`);
}

async function citations(updateId: string) {
  const rows = await prisma.updateSource.findMany({ where: { updateId }, orderBy: { position: "asc" } });
  return rows.map((row) => [row.sourceId, row.quote]);
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("editUpdate", () => {
  it("keeps the replaced version as a revision and replaces summary, date, status and sources", async () => {
    const issue = await createIssueRow();
    const first = await createSourceRow(analyst.id);
    const second = await createSourceRow(analyst.id);
    const update = await logUpdate(
      analyst,
      issue.id,
      input({
        summary: "Original **text**.",
        occurredAt: "2025-03-01",
        newStatus: "UNDER_DISCUSSION",
        sources: [{ id: first.id, quote: "first quote" }, { id: second.id }],
      }),
    );
    const newUrl = `https://edit-${randomUUID()}.example.org/story`;

    const edited = await editUpdate(
      editor,
      update.id,
      input({
        summary: "Corrected text.",
        occurredAt: "2025-03-02",
        newStatus: "CONVERGING",
        sources: [{ id: second.id, quote: "now quoted" }],
        newSources: [{ url: newUrl, title: "Added while editing", quote: "inline quote" }],
      }),
    );

    expect(edited).toMatchObject({ id: update.id, summary: "Corrected text.", toStatus: "CONVERGING", authorId: analyst.id, deletedAt: null });
    expect(edited.occurredAt).toEqual(day("2025-03-02"));
    expect(edited.editedAt).toBeInstanceOf(Date);
    const added = await prisma.source.findUniqueOrThrow({ where: { url: newUrl } });
    expect(await citations(update.id)).toEqual([
      [second.id, "now quoted"],
      [added.id, "inline quote"],
    ]);

    const revisions = await prisma.updateRevision.findMany({ where: { updateId: update.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      version: 1,
      summary: "Original **text**.",
      toStatus: "UNDER_DISCUSSION",
      editedById: editor.id,
      sources: [
        { sourceId: first.id, title: first.title, quote: "first quote" },
        { sourceId: second.id, title: second.title, quote: null },
      ],
    });
    expect(revisions[0]!.occurredAt).toEqual(day("2025-03-01"));
    expect(await issueStatus(issue.id)).toBe("CONVERGING");

    // A second edit is version 2 and keeps the first edit's text.
    await editUpdate(analyst, update.id, input({ summary: "Third text.", occurredAt: "2025-03-02" }));
    const all = await prisma.updateRevision.findMany({ where: { updateId: update.id }, orderBy: { version: "asc" } });
    expect(all.map((revision) => [revision.version, revision.summary, revision.toStatus])).toEqual([
      [1, "Original **text**.", "UNDER_DISCUSSION"],
      [2, "Corrected text.", "CONVERGING"],
    ]);
    expect(await citations(update.id)).toEqual([]);
    // The update no longer changes the status, so the issue falls back to NOT_DISCUSSED.
    expect(await issueStatus(issue.id)).toBe("NOT_DISCUSSED");
  });

  it("re-derives the issue status and every fromStatus when a status or date changes", async () => {
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-01", newStatus: "UNDER_DISCUSSION" }));
    const middle = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-05", newStatus: "GAPS_REMAIN" }));
    const last = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-01-10", newStatus: "CONVERGING" }));
    expect(await statusHistory(issue.id)).toEqual([
      "2025-01-01 NOT_DISCUSSED→UNDER_DISCUSSION",
      "2025-01-05 UNDER_DISCUSSION→GAPS_REMAIN",
      "2025-01-10 GAPS_REMAIN→CONVERGING",
    ]);

    await editUpdate(analyst, middle.id, input({ occurredAt: "2025-01-05", newStatus: "DEADLOCKED" }));
    expect(await statusHistory(issue.id)).toEqual([
      "2025-01-01 NOT_DISCUSSED→UNDER_DISCUSSION",
      "2025-01-05 UNDER_DISCUSSION→DEADLOCKED",
      "2025-01-10 DEADLOCKED→CONVERGING",
    ]);
    expect(await issueStatus(issue.id)).toBe("CONVERGING");

    // Moving the last change before the others makes the middle one the newest.
    await editUpdate(analyst, last.id, input({ occurredAt: "2024-12-20", newStatus: "CONVERGING" }));
    expect(await statusHistory(issue.id)).toEqual([
      "2024-12-20 NOT_DISCUSSED→CONVERGING",
      "2025-01-01 CONVERGING→UNDER_DISCUSSION",
      "2025-01-05 UNDER_DISCUSSION→DEADLOCKED",
    ]);
    expect(await issueStatus(issue.id)).toBe("DEADLOCKED");
    expect((await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } })).lastUpdateAt).toEqual(day("2025-01-05"));
  });

  it("records an audit event with the version before and after", async () => {
    const issue = await createIssueRow();
    const source = await createSourceRow(analyst.id);
    const update = await logUpdate(analyst, issue.id, input({ summary: "Before.", occurredAt: "2025-04-01", sources: [{ id: source.id }] }));
    await editUpdate(editor, update.id, input({ summary: "After.", occurredAt: "2025-04-02", newStatus: "DROPPED" }));

    const events = await prisma.auditEvent.findMany({ where: { entityId: update.id, action: "update.edit" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: editor.id,
      entityType: "update",
      issueId: issue.id,
      negotiationId: issue.negotiationId,
      before: { summary: "Before.", occurredAt: "2025-04-01T00:00:00.000Z", toStatus: null, sourceIds: [source.id], status: "NOT_DISCUSSED" },
      after: { summary: "After.", occurredAt: "2025-04-02T00:00:00.000Z", toStatus: "DROPPED", sourceIds: [], status: "DROPPED" },
    });
  });

  it("writes nothing when the form is saved unchanged", async () => {
    const issue = await createIssueRow();
    const source = await createSourceRow(analyst.id);
    const raw = { summary: "Same.", occurredAt: "2025-04-01", newStatus: "CONVERGING", sources: [{ id: source.id, quote: "q" }] };
    const update = await logUpdate(analyst, issue.id, input(raw));
    const before = await countAllRows();
    await editUpdate(analyst, update.id, input(raw));
    expect(await countAllRows()).toEqual(before);
    expect((await prisma.update.findUniqueOrThrow({ where: { id: update.id } })).editedAt).toBeNull();
  });

  it("refuses a missing update, a deleted one, and a vanished source, writing nothing", async () => {
    const issue = await createIssueRow();
    const update = await logUpdate(analyst, issue.id, input({ summary: "Keep me.", occurredAt: "2025-04-01", newStatus: "CONVERGING" }));
    const before = await countAllRows();

    expect((await failureOf(editUpdate(analyst, "no-such-update", input({ occurredAt: "2025-04-01" })))).code).toBe("NOT_FOUND");
    const newUrl = `https://never-${randomUUID()}.example.org/a`;
    const invalid = await failureOf(
      editUpdate(
        analyst,
        update.id,
        input({ summary: "Changed.", occurredAt: "2025-04-01", sources: [{ id: "missing-source" }], newSources: [{ url: newUrl, title: "Never" }] }),
      ),
    );
    expect(invalid.code).toBe("INVALID_INPUT");
    expect(await countAllRows()).toEqual(before);
    expect(await prisma.update.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({ summary: "Keep me.", editedAt: null });

    await deleteUpdate(analyst, update.id);
    expect((await failureOf(editUpdate(analyst, update.id, input({ occurredAt: "2025-04-01", summary: "Too late." })))).code).toBe("NOT_FOUND");
  });
});

describe("deleteUpdate", () => {
  it("takes the entry off the timeline, re-derives the status, keeps the row and audits it", async () => {
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, input({ summary: "Opened.", occurredAt: "2025-05-01", newStatus: "UNDER_DISCUSSION" }));
    const later = await logUpdate(analyst, issue.id, input({ summary: "Agreed.", occurredAt: "2025-05-10", newStatus: "AGREED_IN_PRINCIPLE" }));
    expect(await countTimeline(issue.id)).toBe(2);
    expect(await issueStatus(issue.id)).toBe("AGREED_IN_PRINCIPLE");

    const deleted = await deleteUpdate(editor, later.id);
    expect(deleted.deletedAt).toBeInstanceOf(Date);

    expect(await countTimeline(issue.id)).toBe(1);
    const page = await getTimelinePage(issue.id);
    expect(page.entries.map((entry) => entry.summary)).toEqual(["Opened."]);
    expect(await issueStatus(issue.id)).toBe("UNDER_DISCUSSION");
    expect((await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } })).lastUpdateAt).toEqual(day("2025-05-01"));
    // Soft: the row is still there.
    expect(await prisma.update.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ summary: "Agreed.", deletedAt: deleted.deletedAt });

    const events = await prisma.auditEvent.findMany({ where: { entityId: later.id, action: "update.delete" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: editor.id,
      issueId: issue.id,
      before: { summary: "Agreed.", toStatus: "AGREED_IN_PRINCIPLE", occurredAt: "2025-05-10T00:00:00.000Z", status: "AGREED_IN_PRINCIPLE" },
      after: { deletedAt: deleted.deletedAt!.toISOString(), status: "UNDER_DISCUSSION" },
    });

    // Deleting again is NOT_FOUND and writes nothing.
    const before = await countAllRows();
    expect((await failureOf(deleteUpdate(editor, later.id))).code).toBe("NOT_FOUND");
    expect(await countAllRows()).toEqual(before);
  });

  it("re-derives the next change's fromStatus when a change in the middle goes", async () => {
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-06-01", newStatus: "UNDER_DISCUSSION" }));
    const middle = await logUpdate(analyst, issue.id, input({ occurredAt: "2025-06-05", newStatus: "DEADLOCKED" }));
    await logUpdate(analyst, issue.id, input({ occurredAt: "2025-06-10", newStatus: "CONVERGING" }));
    await deleteUpdate(analyst, middle.id);
    expect(await statusHistory(issue.id)).toEqual(["2025-06-01 NOT_DISCUSSED→UNDER_DISCUSSION", "2025-06-10 UNDER_DISCUSSION→CONVERGING"]);
  });
});

describe("editing and deleting refuse people who may not, and write nothing", () => {
  let issueId: string;
  let updateId: string;
  let sourceId: string;

  beforeAll(async () => {
    const issue = await createIssueRow();
    issueId = issue.id;
    sourceId = (await createSourceRow(analyst.id)).id;
    updateId = (await logUpdate(analyst, issueId, input({ summary: "Untouchable.", occurredAt: "2025-07-01", newStatus: "CONVERGING" }))).id;
  });

  async function snapshot() {
    return {
      counts: await countAllRows(),
      update: await prisma.update.findUniqueOrThrow({ where: { id: updateId }, include: { sources: true, revisions: true } }),
      issue: await prisma.issue.findUniqueOrThrow({ where: { id: issueId } }),
    };
  }

  const attempts = (actor: Actor | null) => ({
    edit: () =>
      editUpdate(
        actor,
        updateId,
        input({
          summary: "Refused.",
          occurredAt: "2025-07-02",
          newStatus: "DROPPED",
          sources: [{ id: sourceId, quote: "q" }],
          newSources: [{ url: `https://refused-${randomUUID()}.example.org/a`, title: "Refused", outlet: `Refused ${randomUUID()}` }],
        }),
      ),
    delete: () => deleteUpdate(actor, updateId),
  });

  const cases: [string, () => Actor | null, AppErrorCode][] = [
    ["a VIEWER", () => viewer, "FORBIDDEN"],
    ["a missing actor", () => null, "UNAUTHENTICATED"],
  ];

  for (const [who, actorOf, code] of cases) {
    for (const name of ["edit", "delete"] as const) {
      it(`${name} refuses ${who} with ${code}`, async () => {
        const before = await snapshot();
        expect((await failureOf(attempts(actorOf())[name]())).code).toBe(code);
        expect(await snapshot()).toEqual(before);
      });
    }
  }

  // Control: the same calls go through for an ANALYST, so the refusals come from the permission check.
  it("both succeed for an ANALYST", async () => {
    const before = await countAllRows();
    await attempts(analyst).edit();
    await attempts(analyst).delete();
    const after = await countAllRows();
    expect(after.revisions).toBe(before.revisions + 1);
    expect(after.auditEvents).toBeGreaterThanOrEqual(before.auditEvents + 2);
  });
});

describe("getUpdateHistory", () => {
  it("returns the current version and the earlier ones oldest first, each credited to who wrote it", async () => {
    const issue = await createIssueRow();
    const update = await logUpdate(analyst, issue.id, input({ summary: "v1", occurredAt: "2025-08-01" }));
    await editUpdate(editor, update.id, input({ summary: "v2", occurredAt: "2025-08-01" }));
    await editUpdate(analyst, update.id, input({ summary: "v3", occurredAt: "2025-08-01", newStatus: "CONVERGING" }));

    const history = await getUpdateHistory(update.id);
    expect(history).not.toBeNull();
    expect(history!.update).toMatchObject({ summary: "v3", author: { name: analyst.name }, issue: { slug: issue.slug } });
    expect(history!.revisions.map((revision) => [revision.version, revision.summary, revision.editedBy.name])).toEqual([
      [1, "v1", editor.name],
      [2, "v2", analyst.name],
    ]);
    expect(versionsOf(history!).map((version) => [version.version, version.isCurrent, version.summary, version.writtenBy])).toEqual([
      [3, true, "v3", analyst.name],
      [2, false, "v2", editor.name],
      [1, false, "v1", analyst.name],
    ]);
    expect(await getUpdateHistory("no-such-update")).toBeNull();
  });
});
