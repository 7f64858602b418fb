export const EXPIRY_CHOICES = ["7d", "30d", "never", "date"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const EXPIRY_LABELS: Record<ExpiryChoice, string> = {
  "7d": "In 7 days",
  "30d": "In 30 days",
  never: "Never (until revoked)",
  date: "On a date",
};

const DAY = 24 * 3600 * 1000;

/** When a new link stops working; a chosen date means the end of that day, UTC. */
export function expiryFor(choice: ExpiryChoice, now: Date, date?: Date): Date | null {
  switch (choice) {
    case "7d":
      return new Date(now.getTime() + 7 * DAY);
    case "30d":
      return new Date(now.getTime() + 30 * DAY);
    case "never":
      return null;
    case "date":
      if (!date) throw new Error("An expiry date is needed");
      return new Date(date.getTime() + DAY);
  }
}

export type ShareLinkState = "active" | "revoked" | "expired";

/** Revoked and expired links behave alike for visitors; the list tells them apart for analysts. */
export function shareLinkState(link: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}
