import { describe, expect, it } from "vitest";
import { INVITATION_LIFETIME_MS, invitationExpiry, invitationState } from "@/lib/users/invitation-rules";

describe("invitation rules", () => {
  const now = new Date("2026-01-10T12:00:00.000Z");

  it("expires seven days after creation", () => {
    expect(INVITATION_LIFETIME_MS).toBe(7 * 24 * 3600 * 1000);
    expect(invitationExpiry(now).toISOString()).toBe("2026-01-17T12:00:00.000Z");
  });

  it("is usable until the expiry instant, not at it", () => {
    const expiresAt = invitationExpiry(now);
    expect(invitationState({ usedAt: null, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("usable");
    expect(invitationState({ usedAt: null, expiresAt }, expiresAt)).toBe("expired");
    expect(invitationState({ usedAt: null, expiresAt }, new Date(expiresAt.getTime() + 1))).toBe("expired");
  });

  it("works only once", () => {
    expect(invitationState({ usedAt: now, expiresAt: invitationExpiry(now) }, now)).toBe("used");
  });
});
