import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/tokens";
import { acceptInvitation, findUsableInvitation } from "@/lib/users/accept-invitation";
import { inviteUser } from "@/lib/users/invite-user";
import { changeRole, setActive, signOutEverywhere } from "@/lib/users/manage-user";
import { countAllRows, createActor, expectAppError, prisma, tag } from "./helpers";

const newEmail = () => `invitee-${tag()}@test.parley`;

describe("invitations", () => {
  it("stores only the token's hash and turns it into an account once", async () => {
    const admin = await createActor("ADMIN");
    const email = newEmail();
    const { token, invitation } = await inviteUser(admin, { email, role: "VIEWER" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await findUsableInvitation(token))?.id).toBe(invitation.id);

    const user = await acceptInvitation(token, { name: "New Viewer", password: "a long password" });
    expect(user).toMatchObject({ email, role: "VIEWER", isActive: true, name: "New Viewer" });
    expect(await findUsableInvitation(token)).toBeNull();
    await expectAppError(acceptInvitation(token, { name: "Again", password: "a long password" }), "NOT_FOUND");
    expect(await prisma.auditEvent.count({ where: { action: "invitation.accept", entityId: user.id } })).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const admin = await createActor("ADMIN");
    const { token, invitation } = await inviteUser(admin, { email: newEmail(), role: "ANALYST" });
    await prisma.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findUsableInvitation(token)).toBeNull();
    await expectAppError(acceptInvitation(token, { name: "Late", password: "a long password" }), "NOT_FOUND");
  });

  it("refuses malformed and unknown tokens", async () => {
    expect(await findUsableInvitation("short")).toBeNull();
    expect(await findUsableInvitation("A".repeat(43))).toBeNull();
  });

  it("is for administrators only", async () => {
    for (const actor of [await createActor("ANALYST"), await createActor("VIEWER"), null]) {
      const before = await countAllRows();
      await expectAppError(inviteUser(actor, { email: newEmail(), role: "ADMIN" }), actor ? "FORBIDDEN" : "UNAUTHENTICATED");
      expect(await countAllRows()).toEqual(before);
      expect(await prisma.invitation.count({ where: { role: "ADMIN", invitedById: actor?.id ?? "" } })).toBe(0);
    }
  });
});

describe("managing accounts", () => {
  it("deactivation ends sessions; role changes are recorded with before and after", async () => {
    const admin = await createActor("ADMIN");
    const analyst = await createActor("ANALYST");
    const sessionVersion = (await prisma.user.findUniqueOrThrow({ where: { id: analyst.id } })).sessionVersion;

    await changeRole(admin, analyst.id, "VIEWER");
    const roleEvent = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.role", entityId: analyst.id } });
    expect(roleEvent).toMatchObject({ actorId: admin.id, before: { role: "ANALYST" }, after: { role: "VIEWER" } });

    await setActive(admin, analyst.id, false);
    const deactivated = await prisma.user.findUniqueOrThrow({ where: { id: analyst.id } });
    expect(deactivated.isActive).toBe(false);
    expect(deactivated.sessionVersion).toBe(sessionVersion + 1);
  });

  it("anyone can sign themselves out everywhere, but only administrators others", async () => {
    const analyst = await createActor("ANALYST");
    const other = await createActor("ANALYST");
    await signOutEverywhere(analyst, analyst.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: analyst.id } })).sessionVersion).toBe(1);
    await expectAppError(signOutEverywhere(analyst, other.id), "FORBIDDEN");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).sessionVersion).toBe(0);
  });

  it("non-administrators cannot change roles or deactivate", async () => {
    const analyst = await createActor("ANALYST");
    const target = await createActor("VIEWER");
    const before = await countAllRows();
    await expectAppError(changeRole(analyst, target.id, "ADMIN"), "FORBIDDEN");
    await expectAppError(setActive(analyst, target.id, false), "FORBIDDEN");
    await expectAppError(changeRole(null, target.id, "ADMIN"), "UNAUTHENTICATED");
    expect(await countAllRows()).toEqual(before);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "VIEWER", isActive: true });
  });
});

describe("invitations never take over a live account", () => {
  it("a newer invitation replaces an older one, and an active account cannot be re-invited into", async () => {
    const admin = await createActor("ADMIN");
    const email = newEmail();
    const first = await inviteUser(admin, { email, role: "ADMIN" });
    const second = await inviteUser(admin, { email, role: "VIEWER" });
    expect(await findUsableInvitation(first.token)).toBeNull();
    await expectAppError(acceptInvitation(first.token, { name: "Old link", password: "a long password" }), "NOT_FOUND");

    const user = await acceptInvitation(second.token, { name: "Viewer", password: "a long password" });
    expect(user.role).toBe("VIEWER");
    await expectAppError(inviteUser(admin, { email, role: "ADMIN" }), "CONFLICT");
  });

  it("refuses an invitation whose address got an active account meanwhile", async () => {
    const admin = await createActor("ADMIN");
    const email = newEmail();
    const { token } = await inviteUser(admin, { email, role: "ADMIN" });
    await prisma.user.create({ data: { email, name: "Already here", role: "VIEWER" } });
    await expectAppError(acceptInvitation(token, { name: "Intruder", password: "a long password" }), "CONFLICT");
    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "VIEWER", name: "Already here" });
  });
});
