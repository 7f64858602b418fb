import { afterEach, describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/validation/form-data";

function formData(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formDataToObject", () => {
  it("copies plain fields as strings, empty ones included", () => {
    expect(
      formDataToObject(
        formData([
          ["title", "Territory"],
          ["summary", ""],
        ]),
      ),
    ).toEqual({ title: "Territory", summary: "" });
  });

  it("builds nested objects from dotted keys", () => {
    expect(
      formDataToObject(
        formData([
          ["a.b.c", "1"],
          ["a.b.d", "2"],
          ["a.e", "3"],
        ]),
      ),
    ).toEqual({ a: { b: { c: "1", d: "2" }, e: "3" } });
  });

  it("builds arrays of objects from indexed keys", () => {
    const result = formDataToObject(
      formData([
        ["summary", "Talks resumed"],
        ["sources.0.id", "src1"],
        ["sources.0.quote", "a quote"],
        ["sources.1.id", "src2"],
        ["sources.1.quote", ""],
        ["newSources.0.url", "https://example.com/a"],
        ["newSources.0.title", "A"],
      ]),
    );
    expect(result).toEqual({
      summary: "Talks resumed",
      sources: [
        { id: "src1", quote: "a quote" },
        { id: "src2", quote: "" },
      ],
      newSources: [{ url: "https://example.com/a", title: "A" }],
    });
    expect(Array.isArray(result.sources)).toBe(true);
    expect(Array.isArray(result.newSources)).toBe(true);
  });

  it("places indexed entries by their index, not by arrival order", () => {
    const result = formDataToObject(
      formData([
        ["rows.1.x", "second"],
        ["rows.0.x", "first"],
      ]),
    );
    expect(result).toEqual({ rows: [{ x: "first" }, { x: "second" }] });
  });

  it("builds arrays of strings from indexed leaf keys", () => {
    expect(
      formDataToObject(
        formData([
          ["tags.0", "a"],
          ["tags.1", "b"],
        ]),
      ),
    ).toEqual({ tags: ["a", "b"] });
  });

  it("turns a key repeated without an index into an array, in order", () => {
    expect(
      formDataToObject(
        formData([
          ["party", "Ukraine"],
          ["party", "United States"],
          ["party", "Russia"],
        ]),
      ),
    ).toEqual({
      party: ["Ukraine", "United States", "Russia"],
    });
    expect(
      formDataToObject(
        formData([
          ["nested.tag", "x"],
          ["nested.tag", "y"],
        ]),
      ),
    ).toEqual({ nested: { tag: ["x", "y"] } });
  });

  it("keeps a key seen once as a string, not an array", () => {
    expect(formDataToObject(formData([["party", "Ukraine"]]))).toEqual({ party: "Ukraine" });
  });

  it("skips Next.js $ACTION fields and file uploads", () => {
    const result = formDataToObject(
      formData([
        ["$ACTION_ID_abc123", ""],
        ["$ACTION_REF_1", "x"],
        ["title", "T"],
        ["upload", new Blob(["binary"], { type: "application/octet-stream" })],
      ]),
    );
    expect(result).toEqual({ title: "T" });
  });

  describe("hostile keys", () => {
    afterEach(() => {
      // Undo what a vulnerable implementation may have done, so other tests are unaffected.
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it("does not let a form field write to Object.prototype", () => {
      formDataToObject(formData([["__proto__.polluted", "yes"]]));
      formDataToObject(formData([["constructor.prototype.polluted", "yes"]]));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe("formDataToObject with a name used both plain and nested", () => {
  it("keeps the nested value instead of throwing", () => {
    const form = new FormData();
    form.append("a", "x");
    form.append("a.b", "y");
    expect(formDataToObject(form)).toEqual({ a: { b: "y" } });
  });
});

describe("formDataToObject with huge indices", () => {
  it("ignores an index no form could have, instead of building a sparse array billions long", () => {
    const form = new FormData();
    form.append("newSources.4294967294.url", "https://example.org");
    form.append("newSources.0.url", "https://example.org/a");
    const result = formDataToObject(form) as { newSources: unknown[] };
    expect(result.newSources).toHaveLength(1);
  });
});
