"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { commitUpdatesCsv, previewUpdatesCsv, type PreviewRow } from "@/lib/data-import/import-updates-csv";
import { isAppError } from "@/lib/errors";
import { getIssuePath } from "@/lib/issues/issue-path";
import { FORM_BODY_LIMIT_BYTES } from "@/lib/http/request-rules";

export type CsvImportState =
  | { step: "choose"; error?: string }
  | { step: "preview"; fileName: string; csv: string; rows: PreviewRow[]; toImport: number; duplicates: number; invalid: number }
  | { step: "done"; imported: number; skipped: number };

/** Leaves room in the form body for the other fields. */
const MAX_FILE_BYTES = FORM_BODY_LIMIT_BYTES - 16 * 1024;

/**
 * One action, three steps: "preview" reads the chosen file and checks every row (nothing written),
 * "commit" imports the previewed text, "cancel" starts over. The issue is bound on the server page.
 */
export async function csvImportAction(issueId: string, _state: CsvImportState, formData: FormData): Promise<CsvImportState> {
  const intent = formData.get("intent");
  if (intent === "cancel") return { step: "choose" };
  try {
    if (intent === "commit") {
      const csv = formData.get("csv");
      if (typeof csv !== "string" || csv === "") return { step: "choose", error: "The previewed file was lost; choose it again." };
      const result = await commitUpdatesCsv(await getActor(), issueId, csv);
      const page = await getIssuePath(issueId);
      if (page) revalidatePath(page);
      return { step: "done", ...result };
    }
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { step: "choose", error: "Choose a CSV file." };
    if (file.size > MAX_FILE_BYTES) return { step: "choose", error: "The file is larger than 1 MB; split it into smaller files." };
    let csv: string;
    try {
      csv = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return { step: "choose", error: "The file is not UTF-8 text; save it from your spreadsheet as “CSV UTF-8”." };
    }
    const preview = await previewUpdatesCsv(await getActor(), issueId, csv);
    if ("error" in preview) return { step: "choose", error: preview.error };
    return { step: "preview", fileName: file.name, csv, ...preview };
  } catch (error) {
    if (isAppError(error)) return { step: "choose", error: error.message };
    throw error;
  }
}
