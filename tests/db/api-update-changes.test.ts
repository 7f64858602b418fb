import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { updateChangesQuerySchema } from "@/lib/api/v1/schemas";
import { updateChanges } from "@/lib/api/v1/update-changes";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow } from "./helpers";

const update = (summary: string, occurredAt = "2025-06-01") => logUpdateSchema.parse({ summary, occurredAt, newStatus: "UNDER_DISCUSSION" });
const query = (values: Record<string, unknown>) => updateChangesQuerySchema.parse(values);

describe("updates changed since a moment", () => {
  it("returns what was created, edited and deleted since then, deletions as tombstones, and pages through them", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const untouched = await logUpdate(analyst, issue.id, update("Untouched"));
    const edited = await logUpdate(analyst, issue.id, update("Before the edit"));
    const deleted = await logUpdate(analyst, issue.id, update("To be deleted"));
    await sleep(30);
    const since = new Date();
    await sleep(30);
    await editUpdate(analyst, edited.id, update("After the edit"));
    await deleteUpdate(analyst, deleted.id);
    const created = await logUpdate(analyst, issue.id, update("Logged later", "2025-05-01"));

    const all = await updateChanges(issue.id, query({}));
    expect(all.data.map((row) => row.id).sort()).toEqual([untouched.id, edited.id, created.id].sort());

    const changes = await updateChanges(issue.id, query({ updated_since: since.toISOString() }));
    expect(changes.data.map((row) => row.id)).toEqual([edited.id, deleted.id, created.id]);
    expect(changes.data[0]).toMatchObject({ deleted: false, summary: "After the edit" });
    expect(changes.data[1]).toEqual({ id: deleted.id, issueId: issue.id, deleted: true, deletedAt: expect.any(String) as string });
    expect(changes.nextCursor).toBeNull();

    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await updateChanges(issue.id, query({ updated_since: since.toISOString(), limit: 1, cursor }));
      walked.push(...page.data.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual([edited.id, deleted.id, created.id]);

    // Syncing again from syncedTo, well after everything, finds nothing new.
    const later = new Date(Date.now() + 60_000);
    const synced = await updateChanges(issue.id, query({ updated_since: since.toISOString() }), later);
    const again = await updateChanges(issue.id, query({ updated_since: synced.syncedTo }), later);
    expect(again.data).toEqual([]);
  });

  it("refuses a forged cursor with a 422-class error and an unknown issue with NOT_FOUND", async () => {
    const issue = await createIssueRow();
    await expect(updateChanges(issue.id, query({ cursor: "not-a-cursor" }))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateChanges("no-such-issue", query({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
