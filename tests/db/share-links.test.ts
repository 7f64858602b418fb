import { describe, expect, it } from "vitest";
import { getIssueTimeline } from "@/lib/timeline/issue-timeline";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { recordShareLinkOpened, resolveShareLink, writeShareLinkOpens } from "@/lib/share-links/resolve-share-link";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { hashToken } from "@/lib/tokens";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { restoreUpdate } from "@/lib/updates/restore-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { createShareLinkSchema } from "@/lib/validation/share-link";
import { logUpdateSchema } from "@/lib/validation/update";
import { countAllRows, createActor, createIssueRow, expectAppError, prisma } from "./helpers";

const linkInput = createShareLinkSchema.parse({ label: "EU delegation", expiry: "7d" });
const update = (summary: string, occurredAt: string, newStatus?: string) => logUpdateSchema.parse({ summary, occurredAt, newStatus: newStatus ?? "" });

describe("share links", () => {
  it("are created by analysts, stored as a hash, audited, and resolve until revoked", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const { token, link } = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    const stored = await prisma.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt!.getTime() - stored.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(await prisma.auditEvent.count({ where: { action: "shareLink.create", entityId: link.id, actorId: analyst.id } })).toBe(1);

    expect((await resolveShareLink(token))?.issueId).toBe(issue.id);
    await revokeShareLink(analyst, link.id);
    expect(await resolveShareLink(token)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "shareLink.revoke", entityId: link.id } })).toBe(1);
  });

  it("resolve to what a visitor's pages need, for an issue and for a frozen negotiation", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const { token } = await createShareLink(
      analyst,
      { issueId: issue.id },
      createShareLinkSchema.parse({ label: "Press", expiry: "never", hideAuthors: "on" }),
    );
    expect(await resolveShareLink(token)).toMatchObject({
      label: "Press",
      issueId: issue.id,
      issueSlug: issue.slug,
      negotiationId: issue.negotiationId,
      isWholeNegotiation: false,
      hideAuthors: true,
      sharedBy: null,
      expiresAt: null,
      asOf: undefined,
    });
    const frozen = await createShareLink(analyst, { negotiationId: issue.negotiationId }, { ...linkInput, isSnapshot: true });
    const resolved = await resolveShareLink(frozen.token);
    expect(resolved).toMatchObject({ issueId: null, issueSlug: null, negotiationId: issue.negotiationId, isWholeNegotiation: true, sharedBy: analyst.name });
    expect(resolved?.asOf).toEqual(frozen.link.snapshotAt);
    expect(resolved?.snapshot.issues?.[issue.id]?.title).toBe(issue.title);
  });

  it("count their visits, a burst of them in one write", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const { link } = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    const other = (await createShareLink(analyst, { issueId: issue.id }, linkInput)).link;
    const at = new Date("2026-01-02T03:04:05.678Z");
    recordShareLinkOpened(link.id, new Date("2026-01-01T00:00:00Z"));
    recordShareLinkOpened(link.id, at);
    recordShareLinkOpened(other.id, at);
    recordShareLinkOpened(link.id, new Date("2025-12-31T00:00:00Z"));
    await writeShareLinkOpens();
    expect(await prisma.shareLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ openCount: 3, lastOpenedAt: at });
    expect(await prisma.shareLink.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ openCount: 1, lastOpenedAt: at });
    // A later visit adds to the count; an older time does not move "last opened" back.
    recordShareLinkOpened(link.id, new Date("2025-01-01T00:00:00Z"));
    await writeShareLinkOpens();
    expect(await prisma.shareLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({ openCount: 4, lastOpenedAt: at });
  });

  it("do not resolve once expired, or from a malformed token", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const { token, link } = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    await prisma.shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resolveShareLink(token)).toBeNull();
    expect(await resolveShareLink(`${token}x`)).toBeNull();
    expect(await resolveShareLink("")).toBeNull();
  });

  it("cannot be created or revoked by viewers or anonymous callers", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const { link } = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    const before = await countAllRows();
    const links = await prisma.shareLink.count();
    for (const actor of [await createActor("VIEWER"), null]) {
      const code = actor ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expectAppError(createShareLink(actor, { issueId: issue.id }, linkInput), code);
      await expectAppError(revokeShareLink(actor, link.id), code);
    }
    expect(await prisma.shareLink.count()).toBe(links);
    expect((await countAllRows()).auditEvents).toBe(before.auditEvents);
    expect((await prisma.shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
  });

  it("when frozen, show the timeline as it stood: no later updates, earlier wording, deleted entries kept", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const first = await logUpdate(analyst, issue.id, update("Talks opened.", "2025-11-20", "UNDER_DISCUSSION"));
    const second = await logUpdate(analyst, issue.id, update("Gaps remain on wording.", "2025-11-30", "GAPS_REMAIN"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { token } = await createShareLink(analyst, { issueId: issue.id }, { ...linkInput, isSnapshot: true });
    await new Promise((resolve) => setTimeout(resolve, 5));

    await logUpdate(analyst, issue.id, update("Agreement in principle.", "2025-12-10", "AGREED_IN_PRINCIPLE"));
    await editUpdate(analyst, first.id, update("Talks opened in Geneva (corrected).", "2025-11-20", "UNDER_DISCUSSION"));
    await deleteUpdate(analyst, second.id);

    const live = await getIssueTimeline(await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } }), {});
    expect(live.status).toBe("AGREED_IN_PRINCIPLE");
    expect(live.page.entries.map((entry) => entry.summary)).toEqual(["Agreement in principle.", "Talks opened in Geneva (corrected)."]);

    const link = await resolveShareLink(token);
    const frozen = await getIssueTimeline(await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } }), {}, { asOf: link!.asOf });
    expect(frozen.status).toBe("GAPS_REMAIN");
    expect(frozen.total).toBe(2);
    expect(frozen.page.entries.map((entry) => [entry.summary, entry.fromStatus, entry.toStatus])).toEqual([
      ["Gaps remain on wording.", "UNDER_DISCUSSION", "GAPS_REMAIN"],
      ["Talks opened.", "NOT_DISCUSSED", "UNDER_DISCUSSION"],
    ]);
    expect(frozen.page.entries.every((entry) => entry.editedAt === null)).toBe(true);
    expect(frozen.lastUpdateAt?.toISOString()).toBe("2025-11-30T00:00:00.000Z");
  });

  it("when frozen, derive the history once and again only after a write to the issue's updates", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    await logUpdate(analyst, issue.id, update("Talks opened.", "2025-11-20", "UNDER_DISCUSSION"));
    const dropped = await logUpdate(analyst, issue.id, update("Gaps remain on wording.", "2025-11-25", "GAPS_REMAIN"));
    await deleteUpdate(analyst, dropped.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { token } = await createShareLink(analyst, { issueId: issue.id }, { ...linkInput, isSnapshot: true });
    const { asOf } = (await resolveShareLink(token))!;
    const frozenView = async () => getIssueTimeline(await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } }), {}, { asOf });
    const first = await frozenView();
    expect([first.total, first.status, first.changes.length]).toEqual([1, "UNDER_DISCUSSION", 1]);

    // Written past the write path, with the issue row untouched: an update logged before the link
    // and deleted since (so the live read model is unchanged) belongs to the history as of then, but
    // the history derived for this issue version is the one kept.
    await prisma.update.create({
      data: {
        issueId: issue.id,
        authorId: analyst.id,
        summary: "Backfilled.",
        occurredAt: new Date("2025-11-21"),
        loggedAt: new Date(asOf!.getTime() - 1),
        deletedAt: new Date(),
      },
    });
    expect((await frozenView()).total).toBe(1);

    // Restored through the write path, the update deleted before the link was made now shows as of
    // then too (the as-of rule reads deletions as they are now), and the frozen view follows.
    await restoreUpdate(analyst, dropped.id);
    const restored = await frozenView();
    expect([restored.total, restored.status, restored.changes.map((change) => change.toStatus)]).toEqual([
      3,
      "GAPS_REMAIN",
      ["UNDER_DISCUSSION", "GAPS_REMAIN"],
    ]);
  });
});
