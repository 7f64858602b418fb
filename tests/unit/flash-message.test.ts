import { describe, expect, it } from "vitest";
import { parseFlash } from "@/lib/flash-message";

const encode = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe("parseFlash", () => {
  it("reads a confirmation with or without an undo", () => {
    expect(parseFlash(encode({ message: "Update logged." }))).toEqual({ message: "Update logged." });
    expect(parseFlash(encode({ message: "Update deleted.", undo: { kind: "update.restore", id: "u1" } }))).toEqual({
      message: "Update deleted.",
      undo: { kind: "update.restore", id: "u1" },
    });
  });

  it("ignores anything malformed or unknown instead of showing it", () => {
    expect(parseFlash(undefined)).toBeNull();
    expect(parseFlash("%E0%A4%A")).toBeNull();
    expect(parseFlash(encode("just a string"))).toBeNull();
    expect(parseFlash(encode({ message: "" }))).toBeNull();
    expect(parseFlash(encode({ message: "x", undo: { kind: "user.delete", id: "u1" } }))).toBeNull();
  });
});
