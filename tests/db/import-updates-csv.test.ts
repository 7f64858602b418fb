import { describe, expect, it } from "vitest";
import { commitUpdatesCsv, previewUpdatesCsv } from "@/lib/data-import/import-updates-csv";
import { countAllRows, createActor, createIssueRow, createSourceRow, expectAppError, prisma } from "./helpers";

const GOOD = [
  "date,note,status,source_urls,quotes",
  '2025-04-01,"Talks resumed, with ""observers"".",under discussion,https://example.org/a-story,"They said ""yes"""',
  "2025-04-03,'=Gaps remain on sequencing.,GAPS_REMAIN,,",
].join("\r\n");

describe("importing updates from CSV", () => {
  it("previews row by row, writes nothing, then commits in one go through the log-update path", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const existing = await createSourceRow(analyst.id, "https://example.org/a-story");
    const before = await countAllRows();
    const preview = await previewUpdatesCsv(analyst, issue.id, GOOD);
    expect(preview).toMatchObject({ toImport: 2, duplicates: 0, invalid: 0 });
    expect(await countAllRows()).toEqual(before);

    expect(await commitUpdatesCsv(analyst, issue.id, GOOD)).toEqual({ imported: 2, skipped: 0 });
    const updates = await prisma.update.findMany({ where: { issueId: issue.id }, include: { sources: true }, orderBy: { occurredAt: "asc" } });
    expect(updates.map((update) => update.summary)).toEqual(['Talks resumed, with "observers".', "=Gaps remain on sequencing."]);
    // The source is the one already stored under that URL, with the quote.
    expect(updates[0]!.sources).toEqual([expect.objectContaining({ sourceId: existing.id, quote: 'They said "yes"' })]);
    expect((await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe("GAPS_REMAIN");
    expect(await prisma.auditEvent.count({ where: { issueId: issue.id, action: "update.log" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { issueId: issue.id, action: "data.import" } })).toBe(1);

    // Loading the same file again adds nothing.
    expect(await previewUpdatesCsv(analyst, issue.id, GOOD)).toMatchObject({ toImport: 0, duplicates: 2 });
    expect(await commitUpdatesCsv(analyst, issue.id, GOOD)).toEqual({ imported: 0, skipped: 2 });
    expect(await prisma.update.count({ where: { issueId: issue.id } })).toBe(2);
  });

  it("shows each bad row's errors and refuses the whole file while any row is bad", async () => {
    const analyst = await createActor("ANALYST");
    const issue = await createIssueRow();
    const bad = ["date,note,status", "2025-04-01,Fine row,", "not a day,,MAYBE", "2999-01-01,From the future,"].join("\n");
    const preview = await previewUpdatesCsv(analyst, issue.id, bad);
    if ("error" in preview) throw new Error(preview.error);
    expect(preview).toMatchObject({ toImport: 1, invalid: 2 });
    expect(preview.rows[1]!.line).toBe(3);
    expect(preview.rows[1]!.errors.join(" ")).toMatch(/date:.*note:|note:.*date:/s);
    expect(preview.rows[1]!.errors.join(" ")).toMatch(/status:/);
    expect(preview.rows[2]!.errors.join(" ")).toMatch(/future/);
    const before = await countAllRows();
    await expect(commitUpdatesCsv(analyst, issue.id, bad)).rejects.toThrow(/^Line 3: .*Nothing was imported\.$/);
    expect(await countAllRows()).toEqual(before);
  });

  it("answers a broken file with a sentence, and lets only those who may log updates import", async () => {
    const analyst = await createActor("ANALYST");
    const viewer = await createActor("VIEWER");
    const issue = await createIssueRow();
    expect(await previewUpdatesCsv(analyst, issue.id, "")).toEqual({ error: "The file is empty." });
    const noColumns = await previewUpdatesCsv(analyst, issue.id, "day,text\n1,2");
    expect("error" in noColumns && noColumns.error).toMatch(/“date” and “note” are required/);
    expect(await previewUpdatesCsv(analyst, issue.id, 'date,note\n2025-01-01,"never closed')).toEqual({
      error: "A quoted cell that starts on line 2 never ends.",
    });
    await expectAppError(previewUpdatesCsv(viewer, issue.id, GOOD), "FORBIDDEN");
    await expectAppError(commitUpdatesCsv(viewer, issue.id, GOOD), "FORBIDDEN");
    await expectAppError(commitUpdatesCsv(analyst, "missing", GOOD), "NOT_FOUND");
  });
});
