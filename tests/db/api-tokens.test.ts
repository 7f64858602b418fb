import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { hashToken } from "@/lib/tokens";
import { logUpdate } from "@/lib/updates/log-update";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { logUpdateSchema } from "@/lib/validation/update";
import { createActor, createIssueRow, expectAppError, prisma } from "./helpers";

const input = (scope: "READ" | "READ_WRITE", expiry = "30d") => createApiTokenSchema.parse({ name: `Token ${scope}`, scope, expiry });

const anUpdate = () => logUpdateSchema.parse({ summary: "Logged through a token.", occurredAt: "2025-06-01", newStatus: "UNDER_DISCUSSION" });

describe("personal API tokens", () => {
  it("are 256-bit random, stored only as a SHA-256 hash, and audited", async () => {
    const owner = await createActor("ANALYST");
    const { id, token } = await createApiToken(owner, input("READ"));
    expect(token).toMatch(/^parley_[A-Za-z0-9_-]{43}$/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(7));
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "apiToken.create" } });
    expect(JSON.stringify(audit.after)).not.toContain(token.slice(7));
    const second = await createApiToken(owner, input("READ"));
    expect(second.token).not.toBe(token);
  });

  it("act as their owner and record when they were last used", async () => {
    const owner = await createActor("ANALYST");
    const { id, token } = await createApiToken(owner, input("READ_WRITE"));
    const found = await authenticateApiToken(token);
    expect(found?.actor).toEqual(owner);
    expect(found?.scope).toBe("READ_WRITE");
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("refuse unknown, malformed and tampered tokens", async () => {
    const owner = await createActor("ANALYST");
    const { token } = await createApiToken(owner, input("READ"));
    expect(await authenticateApiToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await authenticateApiToken(token.slice(7))).toBeNull();
    expect(await authenticateApiToken("parley_' OR 1=1 --")).toBeNull();
  });

  it("stop working once expired", async () => {
    const owner = await createActor("ANALYST");
    const { id, token } = await createApiToken(owner, input("READ", "7d"));
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(await authenticateApiToken(token, new Date(row.expiresAt!.getTime() - 1000))).not.toBeNull();
    expect(await authenticateApiToken(token, new Date(row.expiresAt!.getTime() + 1000))).toBeNull();
  });

  it("stop working from the request after revocation, which is audited; only the owner or an admin may revoke", async () => {
    const owner = await createActor("ANALYST");
    const stranger = await createActor("ANALYST");
    const admin = await createActor("ADMIN");
    const { id, token } = await createApiToken(owner, input("READ"));
    await expectAppError(revokeApiToken(stranger, id), "NOT_FOUND");
    expect(await authenticateApiToken(token)).not.toBeNull();
    await revokeApiToken(owner, id);
    expect(await authenticateApiToken(token)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "apiToken.revoke" } })).toBe(1);
    const other = await createApiToken(owner, input("READ"));
    await revokeApiToken(admin, other.id);
    expect(await authenticateApiToken(other.token)).toBeNull();
  });

  it("die with a deactivated owner, and follow the owner's current role", async () => {
    const owner = await createActor("ANALYST");
    const { token } = await createApiToken(owner, input("READ_WRITE"));
    await prisma.user.update({ where: { id: owner.id }, data: { role: "VIEWER" } });
    expect((await authenticateApiToken(token))?.actor.role).toBe("VIEWER");
    await prisma.user.update({ where: { id: owner.id }, data: { isActive: false } });
    expect(await authenticateApiToken(token)).toBeNull();
  });

  it("never exceed their owner's role, and a read-only token cannot write", async () => {
    const issue = await createIssueRow();
    const viewer = await createActor("VIEWER");
    const viewerToken = await authenticateApiToken((await createApiToken(viewer, input("READ_WRITE"))).token);
    await expectAppError(logUpdate(viewerToken!.actor, issue.id, anUpdate()), "FORBIDDEN");

    const analyst = await createActor("ANALYST");
    const readOnly = await authenticateApiToken((await createApiToken(analyst, input("READ"))).token);
    await expectAppError(logUpdate(readOnly!.actor, issue.id, anUpdate()), "FORBIDDEN");
    const readWrite = await authenticateApiToken((await createApiToken(analyst, input("READ_WRITE"))).token);
    const logged = await logUpdate(readWrite!.actor, issue.id, anUpdate());
    expect(logged.authorId).toBe(analyst.id);
    expect(await prisma.update.count({ where: { issueId: issue.id } })).toBe(1);
  });
});
