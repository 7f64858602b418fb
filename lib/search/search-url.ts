import { toDateInput } from "@/lib/format";
import type { SearchResult } from "@/lib/search/search";
/** A search page URL with these parameters, empty ones left out (the search's whole state). */
export function searchHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The parameters of a parsed search as strings again, for links to other pages of it. */
export function rawSearchParams(raw: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => key !== "after"));
}

/**
 * What the results page says of a broad search (ranked among the newest updates only), with a link
 * to the same search up to the oldest day it ranked, unless that is already where it stops.
 */
export function broadNotice(
  result: Pick<SearchResult, "broad">,
  path: string,
  params: Record<string, string | undefined>,
): { estimatedMatches: number; window: number; olderHref?: string } | undefined {
  if (!result.broad) return undefined;
  const { estimatedMatches, window, oldest } = result.broad;
  const to = oldest ? toDateInput(oldest) : undefined;
  return { estimatedMatches, window, olderHref: to && to !== params.to ? searchHref(path, { ...params, to }) : undefined };
}
