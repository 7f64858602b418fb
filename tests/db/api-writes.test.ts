import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { createActor, createIssueRow, prisma } from "./helpers";

process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-long-enough-1234567890";

// The route handlers themselves, called with real requests: the API's front door and the same lib/
// mutations as the forms, against the real database.
const updatesRoute = await import("@/app/api/v1/issues/[issueId]/updates/route");
const updateRoute = await import("@/app/api/v1/updates/[updateId]/route");

const tokenFor = async (role: "ANALYST" | "VIEWER", scope: "READ" | "READ_WRITE") =>
  (await createApiToken(await createActor(role), createApiTokenSchema.parse({ name: "Test", scope, expiry: "7d" }))).token;

function request(method: string, url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${url}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const valid = { summary: "Logged through the API.", occurredAt: "2025-06-01", newStatus: "UNDER_DISCUSSION" };

let issueId: string;
let writer: string;

beforeAll(async () => {
  issueId = (await createIssueRow()).id;
  writer = await tokenFor("ANALYST", "READ_WRITE");
});

describe("API writes", () => {
  it("log, edit and delete an update through the same lib functions as the forms, audited", async () => {
    const created = await updatesRoute.POST(request("POST", `/api/v1/issues/${issueId}/updates`, writer, valid), params({ issueId }));
    expect(created.status).toBe(201);
    const update = (await created.json()) as { id: string; summary: string; toStatus: string };
    expect(update).toMatchObject({ summary: valid.summary, toStatus: "UNDER_DISCUSSION" });
    expect((await prisma.issue.findUniqueOrThrow({ where: { id: issueId } })).status).toBe("UNDER_DISCUSSION");

    const edited = await updateRoute.PATCH(
      request("PATCH", `/api/v1/updates/${update.id}`, writer, { ...valid, summary: "Edited." }),
      params({ updateId: update.id }),
    );
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ summary: "Edited." });
    expect(await prisma.updateRevision.count({ where: { updateId: update.id } })).toBe(1);

    const deleted = await updateRoute.DELETE(request("DELETE", `/api/v1/updates/${update.id}`, writer), params({ updateId: update.id }));
    expect(deleted.status).toBe(204);
    const again = await updateRoute.DELETE(request("DELETE", `/api/v1/updates/${update.id}`, writer), params({ updateId: update.id }));
    expect(again.status).toBe(404);
    expect(await prisma.auditEvent.count({ where: { entityId: update.id } })).toBe(3);
  });

  it("refuse, in the one error shape and before touching anything: no token, read-only token, viewer's token, bad body", async () => {
    const before = await prisma.update.count({ where: { issueId } });
    const cases: [NextRequest, number, string][] = [
      [request("POST", "/", null, valid, { Authorization: "Bearer parley_nope" }), 401, "UNAUTHENTICATED"],
      [request("POST", "/", await tokenFor("ANALYST", "READ"), valid), 403, "TOKEN_READ_ONLY"],
      [request("POST", "/", await tokenFor("VIEWER", "READ_WRITE"), valid), 403, "FORBIDDEN"],
      [request("POST", "/", writer, "{not json"), 400, "BAD_REQUEST"],
      [request("POST", "/", writer, valid, { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE"],
      [request("POST", "/", writer, { ...valid, occurredAt: "yesterday-ish" }), 422, "INVALID_INPUT"],
      // A token is not a cookie: another site's Origin does not matter to it.
      [request("POST", "/", writer, { ...valid, summary: "" }, { Origin: "https://evil.example" }), 422, "INVALID_INPUT"],
    ];
    for (const [req, status, code] of cases) {
      const response = await updatesRoute.POST(req, params({ issueId }));
      const body = (await response.json()) as { error: string; code: string; fieldErrors: Record<string, string[]> };
      expect([response.status, body.code]).toEqual([status, code]);
      expect(typeof body.error).toBe("string");
      expect(body.fieldErrors).toBeTypeOf("object");
    }
    expect(await prisma.update.count({ where: { issueId } })).toBe(before);
  });
});
