import { describe, expect, it } from "vitest";
import { endSession, findLiveSession, hasIdledOut, startSession } from "@/lib/auth/sessions";
import { serverEnv } from "@/lib/env";
import { setActive, signOutEverywhere } from "@/lib/users/manage-user";
import { createActor, prisma } from "./helpers";

const minutes = (count: number) => count * 60_000;

describe("server-side sessions", () => {
  it("a live session names its account; signing out ends it for good and is audited", async () => {
    const analyst = await createActor("ANALYST");
    const sessionId = await startSession(analyst.id);
    expect((await findLiveSession(sessionId))?.user).toMatchObject({ id: analyst.id, role: "ANALYST", isActive: true });

    await endSession(sessionId);
    expect(await findLiveSession(sessionId)).toBeNull();
    // Signing out twice (two tabs) records one event.
    await endSession(sessionId);
    expect(await prisma.auditEvent.count({ where: { action: "auth.signOut", entityId: analyst.id } })).toBe(1);
  });

  it("ends a session idle past SESSION_IDLE_MINUTES, and a later visit does not revive it", async () => {
    const analyst = await createActor("ANALYST");
    const sessionId = await startSession(analyst.id);
    const idle = serverEnv().SESSION_IDLE_MINUTES;
    const lastSeen = new Date(Date.now() - minutes(idle) - 1000);
    await prisma.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: lastSeen } });
    expect(await findLiveSession(sessionId)).toBeNull();
    // Even if the clock said otherwise next time, the session stays ended.
    expect(await findLiveSession(sessionId, lastSeen)).toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).not.toBeNull();
  });

  it("being seen keeps a session alive, written at most once a minute", async () => {
    const analyst = await createActor("ANALYST");
    const sessionId = await startSession(analyst.id);
    const start = (await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt;
    await findLiveSession(sessionId, new Date(start.getTime() + 30_000));
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(start);
    const later = new Date(start.getTime() + minutes(2));
    await findLiveSession(sessionId, later);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(later);
  });

  it("hasIdledOut draws the line at the limit", () => {
    const seen = new Date("2026-01-01T10:00:00Z");
    expect(hasIdledOut(seen, new Date("2026-01-01T10:30:00Z"), 30)).toBe(false);
    expect(hasIdledOut(seen, new Date("2026-01-01T10:30:01Z"), 30)).toBe(true);
  });

  it("sign out everywhere and deactivation end every session of the account", async () => {
    const admin = await createActor("ADMIN");
    const analyst = await createActor("ANALYST");
    const phone = await startSession(analyst.id);
    const laptop = await startSession(analyst.id);
    const adminSession = await startSession(admin.id);
    await signOutEverywhere(analyst, analyst.id);
    expect(await findLiveSession(phone)).toBeNull();
    expect(await findLiveSession(laptop)).toBeNull();
    expect(await findLiveSession(adminSession)).not.toBeNull();

    const next = await startSession(analyst.id);
    await setActive(admin, analyst.id, false);
    expect(await findLiveSession(next)).toBeNull();
  });

  it("an unknown session id is no session", async () => {
    expect(await findLiveSession("no-such-session")).toBeNull();
  });
});
