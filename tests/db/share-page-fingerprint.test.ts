import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { deletePosition } from "@/lib/positions/delete-position";
import { logPosition } from "@/lib/positions/log-position";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { sharePageFingerprint } from "@/lib/share-links/share-page-fingerprint";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdate } from "@/lib/updates/log-update";
import { createShareLinkSchema } from "@/lib/validation/share-link";
import { logPositionSchema } from "@/lib/validation/position";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, createNegotiationRow, prisma } from "./helpers";

let analyst: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
});

const linkInput = createShareLinkSchema.parse({ label: "Press", expiry: "never" });
const update = (summary: string) => logUpdateSchema.parse({ summary, occurredAt: "2025-11-20", newStatus: "" });
// Prisma's @updatedAt is the client's clock in milliseconds: two writes within one would look alike.
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The fingerprint now, asserting the link still works. */
async function fingerprintOf(token: string) {
  const state = await sharePageFingerprint(token);
  expect(state).not.toBeNull();
  return state!.fingerprint;
}

/** Runs `change` and tells whether the fingerprint moved. */
async function moves(token: string, change: () => Promise<unknown>) {
  const before = await fingerprintOf(token);
  await pause();
  await change();
  return (await fingerprintOf(token)) !== before;
}

describe("share page fingerprint", () => {
  it("stays put while nothing changes, and names the link", async () => {
    const issue = await createIssueRow();
    const { token, link } = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    const first = await sharePageFingerprint(token);
    expect(first?.linkId).toBe(link.id);
    expect(await sharePageFingerprint(token)).toEqual(first);
  });

  it("moves with each write to the shared issue's timeline, and not with another issue's", async () => {
    const issue = await createIssueRow();
    const sibling = await createIssueRow(issue.negotiationId);
    const { token } = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    expect(await moves(token, () => logUpdate(analyst, sibling.id, update("Elsewhere on the table.")))).toBe(false);
    let updateId = "";
    expect(await moves(token, async () => (updateId = (await logUpdate(analyst, issue.id, update("Talks in Geneva."))).id))).toBe(true);
    expect(await moves(token, () => editUpdate(analyst, updateId, update("Talks in Geneva, day two.")))).toBe(true);
    expect(await moves(token, () => deleteUpdate(analyst, updateId))).toBe(true);
  });

  it("moves with a position taken or withdrawn, a renamed party and another issue of a shared negotiation", async () => {
    const negotiation = await createNegotiationRow();
    const [issue, other] = [await createIssueRow(negotiation.id), await createIssueRow(negotiation.id)];
    const party = await prisma.party.create({ data: { negotiationId: negotiation.id, name: "Kyiv" } });
    const { token } = await createShareLink(analyst, { negotiationId: negotiation.id }, linkInput);
    let positionId = "";
    const position = logPositionSchema.parse({
      issueId: issue.id,
      partyId: party.id,
      statement: "Rejects withdrawal.",
      statedAt: "2025-11-30",
      stance: "OPPOSES",
    });
    expect(await moves(token, async () => (positionId = (await logPosition(analyst, position)).id))).toBe(true);
    expect(await moves(token, () => deletePosition(analyst, positionId))).toBe(true);
    expect(await moves(token, () => prisma.party.update({ where: { id: party.id }, data: { name: "Ukraine" } }))).toBe(true);
    expect(await moves(token, () => logUpdate(analyst, other.id, update("Moscow answers.")))).toBe(true);
    expect(await moves(token, () => createIssueRow(negotiation.id))).toBe(true);
  });

  it("is null once the link is revoked or has expired, and for tokens that name no link", async () => {
    const issue = await createIssueRow();
    const revoked = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    await revokeShareLink(analyst, revoked.link.id);
    expect(await sharePageFingerprint(revoked.token)).toBeNull();
    const expired = await createShareLink(analyst, { issueId: issue.id }, linkInput);
    await prisma.shareLink.update({ where: { id: expired.link.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await sharePageFingerprint(expired.token)).toBeNull();
    expect(await sharePageFingerprint("not a token")).toBeNull();
    expect(await sharePageFingerprint(revoked.token.replace(/.$/, (last) => (last === "A" ? "B" : "A")))).toBeNull();
  });
});
