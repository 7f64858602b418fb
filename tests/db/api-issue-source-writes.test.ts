import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { PATCH as patchIssue } from "@/app/api/v1/issues/[issueId]/route";
import { POST as createIssue } from "@/app/api/v1/negotiations/[negotiationId]/issues/route";
import { PATCH as patchSource } from "@/app/api/v1/sources/[sourceId]/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { createActor, createNegotiationRow, createSourceRow, prisma, tag } from "./helpers";

async function tokenFor(scope: "READ" | "READ_WRITE") {
  const owner = await createActor("ANALYST");
  const { token } = await createApiToken(owner, createApiTokenSchema.parse({ name: `Writer ${scope}`, scope, expiry: "7d" }));
  return { owner, token };
}

const send = (method: string, token: string, body: unknown) =>
  new NextRequest("http://parley.test/api/v1/x", {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

describe("API writes for issues and sources", () => {
  it("creates and edits an issue through the forms' schemas and lib functions, audited", async () => {
    const { owner, token } = await tokenFor("READ_WRITE");
    const negotiation = await createNegotiationRow();
    const title = `Prisoner exchange ${tag()}`;
    const created = await createIssue(send("POST", token, { title, category: `Humanitarian ${tag()}`, summary: "All for all." }), {
      params: Promise.resolve({ negotiationId: negotiation.id }),
    });
    expect(created.status).toBe(201);
    const issue = (await created.json()) as { id: string; title: string; status: string };
    expect(issue).toMatchObject({ title, status: "NOT_DISCUSSED" });
    expect(await prisma.auditEvent.count({ where: { entityId: issue.id, action: "issue.create", actorId: owner.id } })).toBe(1);

    const invalid = await createIssue(send("POST", token, { title: "", category: "" }), { params: Promise.resolve({ negotiationId: negotiation.id }) });
    expect(invalid.status).toBe(422);
    expect(Object.keys(((await invalid.json()) as { fieldErrors: object }).fieldErrors)).toEqual(expect.arrayContaining(["title", "category"]));

    const edited = await patchIssue(send("PATCH", token, { title: `${title} (revised)`, category: "Security", summary: "" }), {
      params: Promise.resolve({ issueId: issue.id }),
    });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { title: string }).title).toBe(`${title} (revised)`);
    const missing = await patchIssue(send("PATCH", token, { title: "x", category: "Security" }), { params: Promise.resolve({ issueId: "missing" }) });
    expect(missing.status).toBe(404);
  });

  it("edits a source; a read-only token may not write", async () => {
    const { owner, token } = await tokenFor("READ_WRITE");
    const source = await createSourceRow(owner.id);
    const url = `https://corrected-${tag()}.example.org/story`;
    const response = await patchSource(send("PATCH", token, { url, title: "Corrected title", kind: "STATEMENT" }), {
      params: Promise.resolve({ sourceId: source.id }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: source.id, url, title: "Corrected title", kind: "STATEMENT" });

    const readOnly = await tokenFor("READ");
    const refused = await patchSource(send("PATCH", readOnly.token, { url, title: "Nope" }), { params: Promise.resolve({ sourceId: source.id }) });
    expect(refused.status).toBe(403);
    expect((await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe("Corrected title");
  });
});
