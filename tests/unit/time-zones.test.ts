import { describe, expect, it } from "vitest";
import { dayHint, describeTimeZone, timeZoneChoices, todayIn } from "@/lib/time-zones";
import { negotiationSchema } from "@/lib/validation/negotiation";

const base = { title: "Talks", description: "" };

describe("negotiation time zones", () => {
  it("reads today in the negotiation's zone: late evening in UTC is already tomorrow in Kyiv, still today in New York", () => {
    const lateEvening = new Date("2025-11-30T23:30:00Z");
    expect(todayIn("UTC", lateEvening)).toBe("2025-11-30");
    expect(todayIn("Europe/Kyiv", lateEvening)).toBe("2025-12-01");
    expect(todayIn("America/New_York", new Date("2025-12-01T03:00:00Z"))).toBe("2025-11-30");
  });

  it("names a zone with its offset at that moment, following daylight saving", () => {
    expect(describeTimeZone("Europe/Kyiv", new Date("2025-11-30T12:00:00Z"))).toBe("Europe/Kyiv (UTC+2)");
    expect(describeTimeZone("Europe/Kyiv", new Date("2025-07-01T12:00:00Z"))).toBe("Europe/Kyiv (UTC+3)");
    expect(describeTimeZone("UTC")).toBe("UTC");
    expect(dayHint("May be earlier than today.", "UTC")).toBe("May be earlier than today.");
    expect(dayHint("May be earlier than today.", "America/New_York")).toContain("America/New York");
  });

  it("offers UTC first, and keeps a chosen zone the runtime lists under another name", () => {
    expect(timeZoneChoices()[0]).toBe("UTC");
    expect(timeZoneChoices().filter((zone) => zone === "UTC")).toHaveLength(1);
    expect(timeZoneChoices("Europe/Kyiv")).toContain("Europe/Kyiv");
  });

  it("accepts known IANA zones, defaults to UTC, and refuses anything else with a message", () => {
    expect(negotiationSchema.parse({ ...base, timeZone: "Europe/Kyiv" }).timeZone).toBe("Europe/Kyiv");
    expect(negotiationSchema.parse({ ...base }).timeZone).toBe("UTC");
    expect(negotiationSchema.parse({ ...base, timeZone: "" }).timeZone).toBe("UTC");
    const refused = negotiationSchema.safeParse({ ...base, timeZone: "Mars/Olympus_Mons" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ["timeZone"], message: "Choose a time zone from the list." });
  });
});
