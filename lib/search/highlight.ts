import { fold, type ParsedQuery } from "@/lib/search/query-syntax";

/** A piece of text, marked when it matched the query. Rendered as text nodes and <mark>, never as HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Does this word of the text answer one of the query's words (prefix, or a near miss in its ending)? */
function wordMatches(word: string, terms: string[]): boolean {
  const folded = fold(word);
  return terms.some((term) => {
    if (folded.startsWith(term)) return true;
    // Inflected or misspelt: "гарантії" for "гарантій", "zelenskyy" for "zelensky".
    const shared = commonPrefixLength(folded, term);
    return term.length >= 4 && shared >= Math.max(4, Math.min(folded.length, term.length) - 2);
  });
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function highlight(text: string, query: ParsedQuery): Segment[] {
  const terms = [...query.words, ...query.phrases.flat()];
  const segments: Segment[] = [];
  let plain = "";
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const index = match.index ?? 0;
    if (!wordMatches(match[0], terms)) continue;
    plain += text.slice(last, index);
    if (plain) segments.push({ text: plain, match: false });
    plain = "";
    segments.push({ text: match[0], match: true });
    last = index + match[0].length;
  }
  plain += text.slice(last);
  if (plain) segments.push({ text: plain, match: false });
  return segments;
}

/**
 * A window of a long text around its first match, so a hit deep in a long note is visible in the
 * result list. Cut at word boundaries, with an ellipsis where text was left out.
 */
export function excerpt(text: string, query: ParsedQuery, length = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const terms = [...query.words, ...query.phrases.flat()];
  let first = 0;
  for (const match of flat.matchAll(WORD)) {
    if (wordMatches(match[0], terms)) {
      first = match.index ?? 0;
      break;
    }
  }
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > start ? flat.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "… " : ""}${flat.slice(start, end)}${end < flat.length ? " …" : ""}`;
}

/** Notes are Markdown; a result shows their words, not their syntax. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__|\*|_|~~|`)/g, "");
}
