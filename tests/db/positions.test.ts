import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { deletePosition } from "@/lib/positions/delete-position";
import { editPosition } from "@/lib/positions/edit-position";
import { logPosition } from "@/lib/positions/log-position";
import { getPositionMatrix } from "@/lib/positions/matrix";
import { editPositionSchema, logPositionSchema } from "@/lib/validation/position";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, expectAppError, prisma, tag } from "./helpers";

let analyst: Actor;
let viewer: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
  viewer = await createActor("VIEWER");
});

async function negotiationWithParties(...names: string[]) {
  const negotiation = await createNegotiationRow();
  const parties = await Promise.all(names.map((name) => prisma.party.create({ data: { negotiationId: negotiation.id, name } })));
  const issue = await createIssueRow(negotiation.id);
  return { negotiation, parties, issue };
}

const defaults = { statement: "A stated position.", statedAt: "2025-11-30", stance: "OPPOSES" };
const input = (raw: Record<string, unknown>) => logPositionSchema.parse({ ...defaults, ...raw });
const edit = (raw: Record<string, unknown>) => editPositionSchema.parse({ ...defaults, ...raw });

/** The matrix row of one issue as "party: STANCE statement" strings. */
async function row(negotiationId: string, options: Parameters<typeof getPositionMatrix>[1] = {}) {
  const matrix = await getPositionMatrix(negotiationId, options);
  const names = new Map(matrix.parties.map((party) => [party.id, party.name]));
  return matrix.rows[0]!.cells.map((cell) => `${names.get(cell.partyId)}: ${cell.position ? `${cell.position.stance} ${cell.position.statement}` : "-"}`);
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

describe("positions", () => {
  it("logs a position with a cited source and an audit event in one go", async () => {
    const { parties, issue } = await negotiationWithParties("Kyiv");
    const source = await createSourceRow(analyst.id);
    const position = await logPosition(
      analyst,
      input({
        issueId: issue.id,
        partyId: parties[0]!.id,
        statement: "Rejects   withdrawal\nfrom the Donbass.",
        sources: [{ id: source.id, quote: "Kiev has continued to reject" }],
      }),
    );
    expect(position.statement).toBe("Rejects withdrawal from the Donbass.");
    const citations = await prisma.positionSource.findMany({ where: { positionId: position.id } });
    expect(citations).toMatchObject([{ sourceId: source.id, quote: "Kiev has continued to reject" }]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: position.id } });
    expect(audit).toMatchObject({ action: "position.log", actorId: analyst.id, issueId: issue.id });
  });

  it("refuses viewers, unknown issues and a party of another negotiation", async () => {
    const { parties, issue } = await negotiationWithParties("Kyiv");
    const other = await negotiationWithParties("Elsewhere");
    await expectAppError(logPosition(viewer, input({ issueId: issue.id, partyId: parties[0]!.id })), "FORBIDDEN");
    await expectAppError(logPosition(null, input({ issueId: issue.id, partyId: parties[0]!.id })), "UNAUTHENTICATED");
    await expectAppError(logPosition(analyst, input({ issueId: `missing-${tag()}`, partyId: parties[0]!.id })), "NOT_FOUND");
    await expectAppError(logPosition(analyst, input({ issueId: issue.id, partyId: other.parties[0]!.id })), "INVALID_INPUT");
    expect(await prisma.position.count({ where: { issueId: issue.id } })).toBe(0);
  });

  it("shows each cell's newest position, and where parties stood as of an earlier day", async () => {
    const { negotiation, parties, issue } = await negotiationWithParties("Moscow", "Kyiv");
    const [moscow, kyiv] = parties as [(typeof parties)[0], (typeof parties)[0]];
    await logPosition(
      analyst,
      input({ issueId: issue.id, partyId: moscow.id, stance: "INSISTS", statement: "Demands the whole region.", statedAt: "2025-11-01" }),
    );
    await logPosition(analyst, input({ issueId: issue.id, partyId: kyiv.id, stance: "RED_LINE", statement: "Will never cede land.", statedAt: "2025-11-10" }));
    // Logged later but stated earlier: it is history, not the current position.
    await logPosition(
      analyst,
      input({ issueId: issue.id, partyId: kyiv.id, stance: "CONDITIONAL", statement: "Would discuss a ceasefire line.", statedAt: "2025-11-20" }),
    );
    await logPosition(
      analyst,
      input({ issueId: issue.id, partyId: kyiv.id, stance: "OPPOSES", statement: "Rejected the first offer.", statedAt: "2025-11-05" }),
    );

    expect(await row(negotiation.id)).toEqual(["Kyiv: CONDITIONAL Would discuss a ceasefire line.", "Moscow: INSISTS Demands the whole region."]);
    expect(await row(negotiation.id, { asOf: new Date("2025-11-10T00:00:00Z") })).toEqual([
      "Kyiv: RED_LINE Will never cede land.",
      "Moscow: INSISTS Demands the whole region.",
    ]);
    expect(await row(negotiation.id, { asOf: new Date("2025-11-04T00:00:00Z") })).toEqual(["Kyiv: -", "Moscow: INSISTS Demands the whole region."]);

    const matrix = await getPositionMatrix(negotiation.id, { changedSince: new Date("2025-11-10T00:00:00Z") });
    const kyivCell = matrix.rows[0]!.cells.find((cell) => cell.partyId === kyiv.id)!;
    const moscowCell = matrix.rows[0]!.cells.find((cell) => cell.partyId === moscow.id)!;
    expect(kyivCell.previous).toEqual({ stance: "RED_LINE", statement: "Will never cede land." });
    expect(moscowCell.previous).toBeUndefined();
    // INSISTS (+2) against CONDITIONAL (0).
    expect(matrix.rows[0]!.spread).toBe(2);
    expect(matrix.rows[0]!.hasChanges).toBe(true);
  });

  it("rebuilds the matrix as the record stood: later logs, edits and deletions left out", async () => {
    const { negotiation, parties, issue } = await negotiationWithParties("Washington", "Brussels");
    const [washington, brussels] = parties as [(typeof parties)[0], (typeof parties)[0]];
    const first = await logPosition(
      analyst,
      input({ issueId: issue.id, partyId: washington.id, stance: "CONDITIONAL", statement: "Guarantees only after a deal." }),
    );
    const doomed = await logPosition(analyst, input({ issueId: issue.id, partyId: brussels.id, stance: "SUPPORTS", statement: "Wants guarantees now." }));
    await pause();
    const frozenAt = new Date();
    await pause();
    await editPosition(analyst, first.id, edit({ stance: "OPPOSES", statement: "No guarantees at all." }));
    await editPosition(analyst, first.id, edit({ stance: "RED_LINE", statement: "Never any guarantees." }));
    await deletePosition(analyst, doomed.id);
    await logPosition(analyst, input({ issueId: issue.id, partyId: brussels.id, stance: "OPPOSES", statement: "Logged after the freeze." }));

    expect(await row(negotiation.id)).toEqual(["Brussels: OPPOSES Logged after the freeze.", "Washington: RED_LINE Never any guarantees."]);
    expect(await row(negotiation.id, { knownAt: frozenAt })).toEqual([
      "Brussels: SUPPORTS Wants guarantees now.",
      "Washington: CONDITIONAL Guarantees only after a deal.",
    ]);

    const revisions = await prisma.positionRevision.findMany({ where: { positionId: first.id }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => [revision.version, revision.stance, revision.statement])).toEqual([
      [1, "CONDITIONAL", "Guarantees only after a deal."],
      [2, "OPPOSES", "No guarantees at all."],
    ]);
    const actions = await prisma.auditEvent.findMany({ where: { entityType: "position", issueId: issue.id }, orderBy: { id: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["position.log", "position.log", "position.edit", "position.edit", "position.delete", "position.log"]);
    await expectAppError(deletePosition(analyst, doomed.id), "NOT_FOUND");
    await expectAppError(editPosition(analyst, doomed.id, edit({})), "NOT_FOUND");
  });

  it("does not record a revision when an edit changes nothing", async () => {
    const { parties, issue } = await negotiationWithParties("Kyiv");
    const position = await logPosition(analyst, input({ issueId: issue.id, partyId: parties[0]!.id }));
    await editPosition(analyst, position.id, edit({}));
    expect(await prisma.positionRevision.count({ where: { positionId: position.id } })).toBe(0);
  });

  it("keeps a party with positions from being deleted", async () => {
    const { parties, issue } = await negotiationWithParties("Kyiv");
    await logPosition(analyst, input({ issueId: issue.id, partyId: parties[0]!.id }));
    await expect(prisma.party.delete({ where: { id: parties[0]!.id } })).rejects.toThrow();
  });
});
