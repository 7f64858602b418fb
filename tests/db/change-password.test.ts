import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { findLiveSession, startSession } from "@/lib/auth/sessions";
import { changePassword } from "@/lib/users/change-password";
import { acceptInvitation } from "@/lib/users/accept-invitation";
import { inviteUser } from "@/lib/users/invite-user";
import { createActor, expectAppError, prisma, tag } from "./helpers";

const CURRENT = "violet harbour lantern";

async function actorWithPassword() {
  const actor = await createActor("VIEWER");
  await prisma.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(CURRENT) } });
  return actor;
}

describe("weakPasswordReason", () => {
  it("refuses leaked passwords, with digits or symbols tacked on, and the account's own name", () => {
    for (const weak of ["1q2w3e4r5t6y", "Password123", "qwerty2025!", "Iloveyou!!!!", "PARLEY2026"]) expect(weakPasswordReason(weak)).not.toBeNull();
    expect(weakPasswordReason("Ana Analyst", { name: "Ana Analyst" })).not.toBeNull();
    expect(weakPasswordReason("ana.analyst@example.org", { email: "ana.analyst@example.org" })).not.toBeNull();
    for (const fine of ["a long password", CURRENT, "e2e-analyst-password"]) expect(weakPasswordReason(fine)).toBeNull();
  });
});

describe("changePassword", () => {
  it("needs the current password; wrong guesses count against the account", async () => {
    const actor = await actorWithPassword();
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    await expectAppError(
      changePassword(actor, { currentPassword: "not it at all", password: "a brand new phrase", confirmPassword: "a brand new phrase" }, address),
      "INVALID_INPUT",
    );
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await verifyPassword(stored.passwordHash ?? "", CURRENT)).toBe(true);
    expect(await prisma.rateLimitWindow.count({ where: { key: `sign-in-fail:account:${actor.email}` } })).toBe(1);
  });

  it("refuses a common password and the same password, and changes nothing", async () => {
    const actor = await actorWithPassword();
    await expectAppError(
      changePassword(actor, { currentPassword: CURRENT, password: "qwerty123456", confirmPassword: "qwerty123456" }, "198.51.100.1"),
      "INVALID_INPUT",
    );
    await expectAppError(changePassword(actor, { currentPassword: CURRENT, password: CURRENT, confirmPassword: CURRENT }, "198.51.100.1"), "INVALID_INPUT");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await verifyPassword(stored.passwordHash ?? "", CURRENT)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "user.passwordChange", entityId: actor.id } })).toBe(0);
  });

  it("changes it, keeps this session, ends the others, and audits", async () => {
    const actor = await actorWithPassword();
    const here = await startSession(actor.id);
    const elsewhere = await startSession(actor.id);
    const next = `granite meadow ${tag()}`;
    await changePassword({ ...actor, sessionId: here }, { currentPassword: CURRENT, password: next, confirmPassword: next }, "198.51.100.2");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await verifyPassword(stored.passwordHash ?? "", next)).toBe(true);
    expect(await findLiveSession(here)).not.toBeNull();
    expect(await findLiveSession(elsewhere)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "user.passwordChange", entityId: actor.id } })).toBe(1);
  });

  it("is refused to anonymous callers", async () => {
    await expectAppError(
      changePassword(null, { currentPassword: CURRENT, password: "a brand new phrase", confirmPassword: "a brand new phrase" }, "198.51.100.3"),
      "UNAUTHENTICATED",
    );
  });
});

describe("choosing a password through an invitation", () => {
  it("refuses a commonly used one and leaves the invitation usable", async () => {
    const admin = await createActor("ADMIN");
    const { token } = await inviteUser(admin, { email: `weak-${tag()}@test.parley`, role: "VIEWER" });
    await expectAppError(acceptInvitation(token, { name: "Weak Choice", password: "password1234" }), "INVALID_INPUT");
    const user = await acceptInvitation(token, { name: "Strong Choice", password: "a long password" });
    expect(user.name).toBe("Strong Choice");
  });
});
