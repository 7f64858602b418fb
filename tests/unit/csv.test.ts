import { describe, expect, it } from "vitest";
import { csvCell, csvRow, parseCsv, unguardCell } from "@/lib/data-export/csv";

describe("CSV cells", () => {
  it("quotes every cell and doubles quotes", () => {
    expect(csvRow(["a", 'say "hi"', "x,y", "two\nlines", null, 3])).toBe('"a","say ""hi""","x,y","two\nlines","","3"\r\n');
  });

  it.each(["=SUM(A1)", "+1", "-2+3", "@cmd", "\t=1", "\r=1"])("neutralises a formula: %j", (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
    expect(unguardCell(`'${value}`)).toBe(value);
  });

  it("leaves ordinary text and apostrophes alone", () => {
    expect(csvCell("Kyiv's 2025-01-01")).toBe('"Kyiv\'s 2025-01-01"');
    expect(unguardCell("'quoted'")).toBe("'quoted'");
  });

  it("parses what it writes, with commas, quotes, line breaks, a BOM and blank lines", () => {
    const rows = [
      ["date", "note"],
      ["2025-01-01", 'He said "no", twice\nand left'],
    ];
    const text = `\uFEFF${rows.map(csvRow).join("")}\r\n`;
    expect(parseCsv(text)).toEqual({ rows });
    expect(parseCsv("a,b\n1,2")).toEqual({
      rows: [
        ["a", "b"],
        ["1", "2"],
      ],
    });
    expect(parseCsv('a\n"open')).toEqual({ unclosedQuoteAtLine: 2 });
  });
});
