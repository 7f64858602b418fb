import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { calendarDate, fieldErrorsOf, optionalCalendarDate } from "@/lib/validation/fields";
import { negotiationSchema } from "@/lib/validation/negotiation";
import { createSourceSchema } from "@/lib/validation/source";
import { logUpdateSchema } from "@/lib/validation/update";

/** The UTC calendar day `offset` days from today, as an <input type="date"> value. */
function dayFromToday(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** Field errors of a failed parse, keyed like the forms key them ("newSources.1.url"). */
function errorsOf(result: z.ZodSafeParseResult<unknown>): Record<string, string[]> {
  expect(result.success, "expected the parse to fail").toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("calendarDate", () => {
  const schema = calendarDate("Date");

  it("parses a day as midnight UTC", () => {
    expect(schema.parse("2025-11-30")).toEqual(new Date("2025-11-30T00:00:00.000Z"));
    expect(schema.parse(" 2024-02-29 ")).toEqual(new Date("2024-02-29T00:00:00.000Z"));
  });

  it("rejects days that do not exist", () => {
    for (const value of ["2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32"]) {
      const result = schema.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(errorsOf(result).form).toEqual(["Date is not a real date."]);
    }
  });

  it("rejects text that is not YYYY-MM-DD", () => {
    for (const value of ["", "30/11/2025", "2025-1-5", "2025-11-30T10:00", "yesterday"]) {
      const result = schema.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(errorsOf(result).form).toEqual(["Date must be a date (YYYY-MM-DD)."]);
    }
  });

  it("names a missing value", () => {
    expect(errorsOf(schema.safeParse(undefined)).form).toEqual(["Date is required."]);
  });

  it("has an optional variant where an empty field is absent", () => {
    const optional = optionalCalendarDate("Published date");
    expect(optional.parse("")).toBeUndefined();
    expect(optional.parse(undefined)).toBeUndefined();
    expect(optional.parse("2025-11-27")).toEqual(new Date("2025-11-27T00:00:00.000Z"));
    expect(optional.safeParse("2025-02-30").success).toBe(false);
  });
});

describe("logUpdateSchema", () => {
  const base = { summary: "Talks resumed in Geneva.", occurredAt: "2025-11-30" };

  it("parses a minimal update with defaults", () => {
    expect(logUpdateSchema.parse(base)).toEqual({
      summary: "Talks resumed in Geneva.",
      occurredAt: new Date("2025-11-30T00:00:00.000Z"),
      newStatus: undefined,
      sources: [],
      newSources: [],
    });
  });

  it("requires a summary", () => {
    expect(errorsOf(logUpdateSchema.safeParse({ occurredAt: "2025-11-30" })).summary).toEqual(["Summary is required."]);
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, summary: "   \n " })).summary).toEqual(["Summary is required."]);
  });

  it("trims the summary", () => {
    expect(logUpdateSchema.parse({ ...base, summary: "  text \n" }).summary).toBe("text");
  });

  it("rejects an impossible or missing date", () => {
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, occurredAt: "2025-02-30" })).occurredAt).toEqual(["Date is not a real date."]);
    expect(errorsOf(logUpdateSchema.safeParse({ summary: "x" })).occurredAt).toEqual(["Date is required."]);
  });

  it("reports an empty or malformed date as a field error", () => {
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, occurredAt: "" })).occurredAt).toEqual(["Date must be a date (YYYY-MM-DD)."]);
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, occurredAt: "30.11.2025" })).occurredAt).toEqual(["Date must be a date (YYYY-MM-DD)."]);
  });

  it("rejects a date in the future but allows today and tomorrow (time zones ahead of UTC)", () => {
    expect(logUpdateSchema.safeParse({ ...base, occurredAt: dayFromToday(0) }).success).toBe(true);
    expect(logUpdateSchema.safeParse({ ...base, occurredAt: dayFromToday(1) }).success).toBe(true);
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, occurredAt: dayFromToday(2) })).occurredAt).toEqual(["The date cannot be in the future."]);
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, occurredAt: "2999-01-01" })).occurredAt).toEqual(["The date cannot be in the future."]);
  });

  it("treats an empty status as no status change and rejects unknown statuses", () => {
    expect(logUpdateSchema.parse({ ...base, newStatus: "" }).newStatus).toBeUndefined();
    expect(logUpdateSchema.parse({ ...base, newStatus: "CONVERGING" }).newStatus).toBe("CONVERGING");
    expect(errorsOf(logUpdateSchema.safeParse({ ...base, newStatus: "SOLVED" })).newStatus).toHaveLength(1);
    expect(logUpdateSchema.safeParse({ ...base, newStatus: "converging" }).success).toBe(false);
  });

  it("keeps cited sources and turns an empty quote into none", () => {
    const parsed = logUpdateSchema.parse({
      ...base,
      sources: [
        { id: "src1", quote: "" },
        { id: "src2", quote: " said it " },
      ],
    });
    expect(parsed.sources).toEqual([
      { id: "src1", quote: undefined },
      { id: "src2", quote: "said it" },
    ]);
    expect(logUpdateSchema.safeParse({ ...base, sources: [{ id: "", quote: "" }] }).success).toBe(false);
  });

  it("caps the number of sources at 20", () => {
    const sources = Array.from({ length: 21 }, (_, i) => ({ id: `src${i}` }));
    expect(logUpdateSchema.safeParse({ ...base, sources }).success).toBe(false);
    expect(logUpdateSchema.safeParse({ ...base, sources: sources.slice(0, 20) }).success).toBe(true);
  });

  it("normalises the URLs of new sources and fills their defaults", () => {
    const parsed = logUpdateSchema.parse({
      ...base,
      newSources: [
        {
          url: " https://WWW.Example.com/news/talks/?utm_source=tg&id=7#top ",
          title: " Talks ",
          outlet: "",
          affiliation: "",
          kind: "",
          author: "",
          publishedAt: "",
          language: "EN",
          quote: "",
        },
      ],
    });
    expect(parsed.newSources).toEqual([
      {
        url: "https://example.com/news/talks?id=7",
        title: "Talks",
        outlet: undefined,
        affiliation: undefined,
        kind: "ARTICLE",
        author: undefined,
        publishedAt: undefined,
        language: "en",
        quote: undefined,
      },
    ]);
  });

  it("rejects a new source whose URL is not http(s)", () => {
    const errors = errorsOf(logUpdateSchema.safeParse({ ...base, newSources: [{ url: "ftp://example.com/a", title: "A" }] }));
    expect(errors["newSources.0.url"]).toEqual(["Enter a full web address starting with http:// or https://."]);
  });

  it("requires a title on a new source", () => {
    const errors = errorsOf(logUpdateSchema.safeParse({ ...base, newSources: [{ url: "https://example.com/a" }] }));
    expect(errors["newSources.0.title"]).toEqual(["Title is required."]);
  });

  it("flags the same article listed twice, even written differently", () => {
    const errors = errorsOf(
      logUpdateSchema.safeParse({
        ...base,
        newSources: [
          { url: "https://example.com/a", title: "A" },
          { url: "https://example.com/b", title: "B" },
          { url: "http://www.example.com/a/?utm_campaign=x", title: "A again" },
        ],
      }),
    );
    expect(errors).toEqual({ "newSources.2.url": ["This source is already in the list."] });
  });

  it("accepts distinct new sources", () => {
    const parsed = logUpdateSchema.parse({
      ...base,
      newSources: [
        { url: "https://example.com/a", title: "A" },
        { url: "https://example.com/b", title: "B" },
      ],
    });
    expect(parsed.newSources.map((source) => source.url)).toEqual(["https://example.com/a", "https://example.com/b"]);
  });
});

describe("logUpdateSchema: blank new-source rows", () => {
  const base = { summary: "s", occurredAt: "2025-11-30" };

  it("skips rows left empty (the kind select still says ARTICLE), blank or odd entries, and keeps filled ones", () => {
    const parsed = logUpdateSchema.parse({
      ...base,
      newSources: [
        { url: "", title: "", outlet: "", kind: "ARTICLE", quote: "  " },
        { url: "https://example.com/a", title: "A", kind: "ARTICLE" },
        undefined,
        "junk",
        { url: "https://example.com/b", title: "B", kind: "STATEMENT" },
      ],
    });
    expect(parsed.newSources.map((source) => source.url)).toEqual(["https://example.com/a", "https://example.com/b"]);
  });

  it("lets an update with only blank rows validate", () => {
    expect(logUpdateSchema.parse({ ...base, newSources: [{ url: "", title: "", kind: "ARTICLE" }] }).newSources).toEqual([]);
  });

  it("reports an error under the row it belongs to, blank rows before it notwithstanding", () => {
    const errors = errorsOf(
      logUpdateSchema.safeParse({
        ...base,
        newSources: [
          { url: "", title: "", kind: "ARTICLE" },
          { url: "", title: "Only a title", kind: "ARTICLE" },
          { url: "https://example.com/a", title: "A", kind: "ARTICLE" },
          { url: "", title: "", kind: "ARTICLE" },
          { url: "https://example.com/a", title: "Again", kind: "ARTICLE" },
        ],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(["newSources.1.url", "newSources.4.url"]);
    expect(errors["newSources.4.url"]).toEqual(["This source is already in the list."]);
  });
});

describe("createIssueSchema / editIssueSchema", () => {
  it("trims fields and defaults summary and status", () => {
    expect(createIssueSchema.parse({ title: "  Security guarantees ", category: " Security ", summary: "" })).toEqual({
      title: "Security guarantees",
      summary: "",
      category: "Security",
      initialStatus: undefined,
    });
    expect(createIssueSchema.parse({ title: "T", category: "C" }).summary).toBe("");
  });

  it("accepts a known initial status and treats an empty one as none", () => {
    expect(createIssueSchema.parse({ title: "T", category: "C", initialStatus: "GAPS_REMAIN" }).initialStatus).toBe("GAPS_REMAIN");
    expect(createIssueSchema.parse({ title: "T", category: "C", initialStatus: "" }).initialStatus).toBeUndefined();
    expect(errorsOf(createIssueSchema.safeParse({ title: "T", category: "C", initialStatus: "MAYBE" })).initialStatus).toHaveLength(1);
  });

  it("requires title and category", () => {
    const errors = errorsOf(createIssueSchema.safeParse({ title: " ", summary: "x" }));
    expect(errors.title).toEqual(["Title is required."]);
    expect(errors.category).toEqual(["Category is required."]);
  });

  it("limits lengths", () => {
    expect(createIssueSchema.safeParse({ title: "x".repeat(160), category: "C" }).success).toBe(true);
    expect(errorsOf(createIssueSchema.safeParse({ title: "x".repeat(161), category: "C" })).title).toEqual(["At most 160 characters."]);
    expect(errorsOf(createIssueSchema.safeParse({ title: "T", category: "c".repeat(81) })).category).toEqual(["At most 80 characters."]);
    expect(errorsOf(createIssueSchema.safeParse({ title: "T", category: "C", summary: "s".repeat(5001) })).summary).toEqual(["At most 5000 characters."]);
  });

  it("does not let the edit form set a status", () => {
    expect(editIssueSchema.parse({ title: "T", category: "C", initialStatus: "DROPPED" })).toEqual({ title: "T", summary: "", category: "C" });
  });
});

describe("negotiationSchema / withoutBlankParties", () => {
  it("parses a negotiation form with one row per party, keeping ids of existing parties", () => {
    const raw = {
      title: " Geneva talks ",
      description: "",
      parties: [
        { id: "p1", name: " Ukraine ", description: "Umerov" },
        { name: "", description: " " },
        { name: "Russia", description: "" },
      ],
    };
    expect(negotiationSchema.parse(raw)).toEqual({
      title: "Geneva talks",
      description: "",
      timeZone: "UTC",
      parties: [
        { id: "p1", name: "Ukraine", description: "Umerov" },
        { id: undefined, name: "Russia", description: "" },
      ],
    });
    expect(negotiationSchema.parse({ title: "T" })).toEqual({ title: "T", description: "", timeZone: "UTC", parties: [] });
  });

  it("keeps an existing party whose name was erased, so the error shows instead of a silent removal", () => {
    const raw = {
      title: "T",
      parties: [
        { name: "", description: "" },
        { id: "p1", name: "", description: "" },
      ],
    };
    expect(errorsOf(negotiationSchema.safeParse(raw))).toEqual({ "parties.1.name": ["Party name is required."] });
  });

  it("rejects a missing title, too many parties, over-long names and a name used twice", () => {
    expect(errorsOf(negotiationSchema.safeParse({ title: "" })).title).toEqual(["Title is required."]);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Party ${i}`, description: "" }));
    expect(errorsOf(negotiationSchema.safeParse({ title: "T", parties: rows(31) })).parties).toEqual(["At most 30 parties."]);
    expect(negotiationSchema.parse({ title: "T", parties: rows(30) }).parties).toHaveLength(30);
    expect(errorsOf(negotiationSchema.safeParse({ title: "T", parties: [{ name: "n".repeat(81) }] }))["parties.0.name"]).toEqual([
      "A party name is at most 80 characters.",
    ]);
    expect(errorsOf(negotiationSchema.safeParse({ title: "T", parties: [{ name: "Ukraine" }, { name: "UKRAINE" }] }))["parties.1.name"]).toEqual([
      "Another party has this name.",
    ]);
  });
});

describe("createSourceSchema", () => {
  it("normalises the URL and the via URL and applies defaults", () => {
    expect(
      createSourceSchema.parse({
        url: "http://www.rt.com/news/x/?utm_source=a",
        title: " RT piece ",
        viaUrl: "https://www.wsj.com/world/y#comments",
      }),
    ).toEqual({
      url: "https://rt.com/news/x",
      title: "RT piece",
      outlet: undefined,
      affiliation: undefined,
      kind: "ARTICLE",
      author: undefined,
      publishedAt: undefined,
      language: undefined,
      viaUrl: "https://wsj.com/world/y",
    });
  });

  it("reads every optional field and treats empty ones as absent", () => {
    expect(
      createSourceSchema.parse({
        url: "https://example.com/a",
        title: "T",
        outlet: " AFP ",
        affiliation: "STATE_FUNDED",
        kind: "STATEMENT",
        author: " Jane ",
        publishedAt: "2025-11-27",
        language: "PT-br",
        viaUrl: "",
      }),
    ).toEqual({
      url: "https://example.com/a",
      title: "T",
      outlet: "AFP",
      affiliation: "STATE_FUNDED",
      kind: "STATEMENT",
      author: "Jane",
      publishedAt: new Date("2025-11-27T00:00:00.000Z"),
      language: "pt-br",
      viaUrl: undefined,
    });
    const empty = createSourceSchema.parse({ url: "https://example.com/a", title: "T", affiliation: "", kind: "", language: "", publishedAt: "" });
    expect(empty).toMatchObject({ affiliation: undefined, kind: "ARTICLE", language: undefined, publishedAt: undefined });
  });

  it("rejects bad values with field messages", () => {
    const errors = errorsOf(
      createSourceSchema.safeParse({
        url: "javascript:alert(1)",
        title: "",
        affiliation: "FRIENDLY",
        kind: "RUMOUR",
        language: "english!",
        publishedAt: "2025-02-30",
        viaUrl: "not a url",
      }),
    );
    expect(errors.url).toEqual(["Enter a full web address starting with http:// or https://."]);
    expect(errors.title).toEqual(["Title is required."]);
    expect(errors.language).toEqual(["Use a language code such as en, uk or ru."]);
    expect(errors.affiliation).toHaveLength(1);
    expect(errors.kind).toHaveLength(1);
    expect(errors.publishedAt).toHaveLength(1);
    expect(errors.viaUrl).toHaveLength(1);
    expect(errorsOf(createSourceSchema.safeParse({ title: "T" })).url).toEqual(["URL is required."]);
    expect(errorsOf(createSourceSchema.safeParse({ url: "  ", title: "T" })).url).toEqual(["URL is required."]);
  });
});
