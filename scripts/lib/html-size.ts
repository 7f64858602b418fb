// What an HTML page's bytes are made of: the markup the browser shows, and the React Server
// Components payload that Next.js inlines as `self.__next_f.push(…)` scripts to hydrate it.

export interface HtmlBreakdown {
  total: number;
  /** The inlined RSC payload scripts. */
  payload: number;
  /** Everything else: the markup, head, and other scripts. */
  markup: number;
}

export function htmlBreakdown(html: string): HtmlBreakdown {
  const total = Buffer.byteLength(html);
  const payload = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?\)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[0]), 0);
  return { total, payload, markup: total - payload };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
