import { describe, expect, it } from "vitest";
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
