import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { createIssue } from "@/lib/issues/create-issue";
import { editIssue } from "@/lib/issues/edit-issue";
import { createNegotiation } from "@/lib/negotiations/save-negotiation";
import { editSource } from "@/lib/sources/edit-source";
import { logUpdate } from "@/lib/updates/log-update";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { negotiationSchema } from "@/lib/validation/negotiation";
import { createSourceSchema } from "@/lib/validation/source";
import { logUpdateSchema } from "@/lib/validation/update";
import { countAllRows, createActor, createIssueRow, createSourceRow, prisma } from "./helpers";

let viewer: Actor;
let analyst: Actor;
let issue: Awaited<ReturnType<typeof createIssueRow>>;
let source: Awaited<ReturnType<typeof createSourceRow>>;

beforeAll(async () => {
  viewer = await createActor("VIEWER");
  analyst = await createActor("ANALYST");
  issue = await createIssueRow();
  source = await createSourceRow(analyst.id);
});

/**
 * Every mutation with valid input that would write several rows (a new category, outlet, source,
 * parties...) if it were allowed, so a missing check shows up in the row counts.
 */
function mutations(actor: Actor | null) {
  const id = randomUUID();
  return {
    logUpdate: () =>
      logUpdate(
        actor,
        issue.id,
        logUpdateSchema.parse({
          summary: "Should not be saved.",
          occurredAt: "2025-06-01",
          newStatus: "DEADLOCKED",
          sources: [{ id: source.id, quote: "q" }],
          newSources: [{ url: `https://refused-${id}.example.org/a`, title: "Refused", outlet: `Refused outlet ${id}` }],
        }),
      ),
    createIssue: () =>
      createIssue(
        actor,
        issue.negotiationId,
        createIssueSchema.parse({ title: `Refused ${id}`, category: `Refused category ${id}`, initialStatus: "CONVERGING" }),
      ),
    editIssue: () => editIssue(actor, issue.id, editIssueSchema.parse({ title: `Refused edit ${id}`, summary: "changed", category: `Refused category ${id}` })),
    createNegotiation: () =>
      createNegotiation(actor, negotiationSchema.parse({ title: `Refused negotiation ${id}`, parties: [{ name: "A", description: "x" }, { name: "B" }] })),
    editSource: () =>
      editSource(
        actor,
        source.id,
        createSourceSchema.parse({ url: `https://refused-${id}.example.org/edited`, title: "Refused edit", outlet: `Refused outlet ${id}`, kind: "DOCUMENT" }),
      ),
  };
}

type MutationName = keyof ReturnType<typeof mutations>;
const NAMES = Object.keys(mutations(null)) as MutationName[];

async function snapshot() {
  return {
    counts: await countAllRows(),
    issue: await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } }),
    source: await prisma.source.findUniqueOrThrow({ where: { id: source.id } }),
  };
}

async function expectRefused(name: MutationName, actor: Actor | null, code: AppErrorCode) {
  const before = await snapshot();
  const error = await mutations(actor)
    [name]()
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error, `${name} should have been refused`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect(await snapshot()).toEqual(before);
}

describe("mutations refuse people who may not make them and write nothing", () => {
  it.each(NAMES)("%s refuses a VIEWER with FORBIDDEN", async (name) => {
    await expectRefused(name, viewer, "FORBIDDEN");
  });

  it.each(NAMES)("%s refuses a missing actor with UNAUTHENTICATED", async (name) => {
    await expectRefused(name, null, "UNAUTHENTICATED");
  });

  // Control: the same inputs go through for an ANALYST, so the refusals above come from the
  // permission check and not from the input.
  it.each(NAMES)("%s succeeds for an ANALYST with the same kind of input", async (name) => {
    const before = await countAllRows();
    await expect(mutations(analyst)[name]()).resolves.toBeTruthy();
    expect(await countAllRows()).not.toEqual(before);
  });
});
