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
