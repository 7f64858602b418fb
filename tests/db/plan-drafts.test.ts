import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createDraft } from "@/lib/plan-drafts/create-draft";
import { deleteDraft, setPointIssues, setPointMatch } from "@/lib/plan-drafts/edit-draft";
import { getCrosswalk, listDrafts } from "@/lib/plan-drafts/queries";
import { createDraftSchema, pointIssuesSchema } from "@/lib/validation/plan-draft";
import { createActor, createIssueRow, createNegotiationRow, createSourceRow, expectAppError, prisma } from "./helpers";

let analyst: Actor;
let viewer: Actor;

beforeAll(async () => {
  analyst = await createActor("ANALYST");
  viewer = await createActor("VIEWER");
});

const draftInput = (title: string, text: string, extra: Record<string, unknown> = {}) => createDraftSchema.parse({ title, text, ...extra });

async function points(draftId: string) {
  const rows = await prisma.planPoint.findMany({ where: { draftId }, orderBy: { ordinal: "asc" } });
  return rows.map((row) => [row.ordinal, row.label, row.text]);
}

describe("plan drafts", () => {
  it("stores pasted text as points: odd numbering, blank lines, multi-line points and Cyrillic, citing the draft's source", async () => {
    const negotiation = await createNegotiationRow();
    const source = await createSourceRow(analyst.id);
    const text =
      "Проект рамочного соглашения\n\n1. Суверенитет Украины\nподтверждается.\n\n\n2) Ukraine will not join NATO.\n\nIts constitution will say so.\n(5) Пункт с пропуском нумерации.\n5a. Sub-point.\n";
    const draft = await createDraft(analyst, negotiation.id, draftInput("Рамка v1", text, { sources: [{ id: source.id }] }));
    expect(await points(draft.id)).toEqual([
      [1, "1", "Суверенитет Украины подтверждается."],
      [2, "2", "Ukraine will not join NATO.\n\nIts constitution will say so."],
      [3, "5", "Пункт с пропуском нумерации."],
      [4, "5a", "Sub-point."],
    ]);
    expect(await prisma.planPoint.count({ where: { draftId: draft.id, sourceId: source.id } })).toBe(4);
    expect(await prisma.auditEvent.findFirst({ where: { entityId: draft.id, action: "planDraft.create" } })).not.toBeNull();
  });

  it("rejects text without numbered points before anything is stored", () => {
    const result = createDraftSchema.safeParse({ title: "Prose", text: "No numbers here at all." });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["text"]);
  });

  it("refuses viewers", async () => {
    const negotiation = await createNegotiationRow();
    await expectAppError(createDraft(viewer, negotiation.id, draftInput("V", "1. One.")), "FORBIDDEN");
    expect(await listDrafts(negotiation.id)).toEqual([]);
  });

  it("links points to issues, cross-walks two drafts, and applies a hand correction", async () => {
    const negotiation = await createNegotiationRow();
    const [nato, elections] = [await createIssueRow(negotiation.id), await createIssueRow(negotiation.id)];
    const first = await createDraft(
      analyst,
      negotiation.id,
      draftInput("First", "1. Ukraine will not join NATO.\n2. Elections within 100 days of signing.\n3. Frozen assets fund reconstruction."),
    );
    const second = await createDraft(
      analyst,
      negotiation.id,
      draftInput("Second", "1. Elections as soon as possible after signing.\n2. Ukraine will not join NATO.\n3. A joint council reviews compliance."),
    );
    const [a1, a2] = await prisma.planPoint.findMany({ where: { draftId: first.id }, orderBy: { ordinal: "asc" } });
    const [, b2] = await prisma.planPoint.findMany({ where: { draftId: second.id }, orderBy: { ordinal: "asc" } });

    await setPointIssues(analyst, first.id, pointIssuesSchema.parse({ issues: { [a1!.id]: nato.id, [a2!.id]: [elections.id] } }));
    await setPointIssues(analyst, second.id, pointIssuesSchema.parse({ issues: { [b2!.id]: [nato.id] } }));

    const slug = (await prisma.negotiation.findUniqueOrThrow({ where: { id: negotiation.id } })).slug;
    const walk = await getCrosswalk(slug, first.id, second.id);
    expect(walk?.rows.map((row) => `${row.left?.label ?? "-"}→${row.right?.label ?? "-"} ${row.kind}`)).toEqual([
      "2→1 changed",
      "1→2 same",
      "3→- dropped",
      "-→3 new",
    ]);
    const touching = new Map(walk?.issues.map((entry) => [entry.issue.id, [entry.left, entry.right]]));
    expect(touching).toEqual(
      new Map([
        [nato.id, [["1"], ["2"]]],
        [elections.id, [["2"], []]],
      ]),
    );

    const a3 = (await prisma.planPoint.findFirstOrThrow({ where: { draftId: first.id, ordinal: 3 } })).id;
    const b3 = (await prisma.planPoint.findFirstOrThrow({ where: { draftId: second.id, ordinal: 3 } })).id;
    await setPointMatch(analyst, { fromPointId: a3, toDraftId: second.id, toPointId: b3 });
    const corrected = await getCrosswalk(slug, first.id, second.id);
    expect(corrected?.rows.at(-1)).toMatchObject({ kind: "changed", isManual: true, left: { id: a3 }, right: { id: b3 } });
    await setPointMatch(analyst, { fromPointId: a3, toDraftId: second.id, toPointId: "auto" });
    expect((await getCrosswalk(slug, first.id, second.id))?.rows.some((row) => row.isManual)).toBe(false);

    await expectAppError(setPointMatch(analyst, { fromPointId: a3, toDraftId: first.id, toPointId: "none" }), "NOT_FOUND");
    await deleteDraft(analyst, second.id);
    expect(await getCrosswalk(slug, first.id, second.id)).toBeNull();
    expect((await listDrafts(negotiation.id)).map((draft) => draft.title)).toEqual(["First"]);
  });

  it("refuses issue links to an issue of another negotiation", async () => {
    const negotiation = await createNegotiationRow();
    const elsewhere = await createIssueRow();
    const draft = await createDraft(analyst, negotiation.id, draftInput("D", "1. One."));
    const point = await prisma.planPoint.findFirstOrThrow({ where: { draftId: draft.id } });
    await expectAppError(setPointIssues(analyst, draft.id, pointIssuesSchema.parse({ issues: { [point.id]: elsewhere.id } })), "INVALID_INPUT");
  });
});
