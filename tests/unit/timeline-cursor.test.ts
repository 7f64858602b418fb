import { describe, expect, it } from "vitest";
import { parseCursor } from "@/lib/audit/queries";
import { decodeCursor, encodeCursor } from "@/lib/timeline/entries";

describe("timeline cursors", () => {
  it("round-trips occurredAt (to the millisecond) and id", () => {
    const cursor = { occurredAt: new Date("2025-11-30T12:34:56.789Z"), id: "cmabc123xyz" };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it("ignores missing or garbled cursors", () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor("")).toBeUndefined();
    expect(decodeCursor("not-a-cursor")).toBeUndefined();
    expect(decodeCursor(Buffer.from("2025-11-30T00:00:00.000Z").toString("base64url"))).toBeUndefined();
    expect(decodeCursor(Buffer.from("yesterday|abc").toString("base64url"))).toBeUndefined();
  });
});

describe("cursors PostgreSQL could not hold", () => {
  it("ignores a timeline cursor dated outside years 1–9999", () => {
    const far = Buffer.from("-100000-01-01T00:00:00.000Z|abc").toString("base64url");
    expect(decodeCursor(far)).toBeUndefined();
    const fine = Buffer.from("2025-01-01T00:00:00.000Z|abc").toString("base64url");
    expect(decodeCursor(fine)?.id).toBe("abc");
  });

  it("ignores an activity cursor beyond bigint", () => {
    expect(parseCursor("9999999999999999999")).toBeUndefined();
    expect(parseCursor("9223372036854775807")).toBe(9223372036854775807n);
  });
});
