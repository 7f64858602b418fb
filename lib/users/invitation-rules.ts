/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export type InvitationState = "usable" | "used" | "expired";

/** An invitation works once, and only before it expires. */
export function invitationState(invitation: { usedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.usedAt) return "used";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + INVITATION_LIFETIME_MS);
}
