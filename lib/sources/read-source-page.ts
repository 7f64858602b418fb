import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { fetchSourcePage } from "@/lib/sources/fetch-page/allowance";
import { extractMetadata, type PageMetadata } from "@/lib/sources/fetch-page/extract-metadata";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";

export type SourcePageReading = { ok: true; metadata: PageMetadata; finalUrl: string } | { ok: false; message: string };

/** Fetches the page behind a URL an analyst pasted and reads what it says about itself. */
export async function readSourcePage(actor: Actor | null, url: string): Promise<SourcePageReading> {
  assertCan(actor, "source.create");
  if (!normalizeSourceUrl(url)) return { ok: false, message: "Enter a full web address starting with http:// or https://." };
  const limit = await rateLimit(`source-fetch:${actor.id}`, 60, 60);
  if (!limit.isAllowed) throw new AppError("RATE_LIMITED", `Too many pages fetched; try again in ${limit.retryAfterSeconds} s.`);
  const page = await fetchSourcePage(url);
  if (!page.ok) return { ok: false, message: page.message };
  return { ok: true, metadata: extractMetadata(page.body, page.finalUrl), finalUrl: page.finalUrl };
}
