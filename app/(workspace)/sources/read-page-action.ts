"use server";

import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { readSourcePage, type SourcePageReading } from "@/lib/sources/read-source-page";

const urlInput = z.string().trim().min(1, "Paste the article's URL first.").max(2000, "At most 2000 characters.");

/** "Fill from URL": never throws, so a failed fetch leaves the form as it was. */
export async function readSourcePageAction(url: unknown): Promise<SourcePageReading> {
  const parsed = urlInput.safeParse(url);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Paste the article's URL first." };
  try {
    return await readSourcePage(await getActor(), parsed.data);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error(error);
    return { ok: false, message: "The page could not be read; fill in the fields by hand." };
  }
}
