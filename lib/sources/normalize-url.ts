const TRACKING_PARAMS = [/^utm_/, /^fbclid$/, /^gclid$/, /^mc_(cid|eid)$/, /^igshid$/, /^ref_?src$/, /^cmpid$/, /^ocid$/];

/**
 * Canonical form of an article URL, so the same article cited twice is stored once: lower-case
 * scheme and host, no "www.", no default port, no fragment, no tracking parameters, remaining
 * parameters sorted, no trailing slash. Returns null for anything that is not an http(s) URL.
 */
export function normalizeSourceUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // http and https copies are the same article; a default port is dropped by URL itself.
  if (url.port === "" || url.port === "443") url.protocol = "https:";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  url.hash = "";
  url.username = "";
  url.password = "";
  const kept = [...url.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAMS.some((pattern) => pattern.test(key.toLowerCase())))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "");
  const text = url.toString();
  return url.pathname === "/" && !url.search ? text.replace(/\/$/, "") : text;
}
