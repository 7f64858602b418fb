/**
 * The search box's syntax, as in web search engines: words (all must match, each also as a prefix
 * and with small typos), "quoted phrases" (these words in this order) and -word (leave out). Words
 * are cut at anything that is not a letter or digit, so no user text ever reaches PostgreSQL's
 * tsquery parser unquoted.
 */
export interface ParsedQuery {
  /** Folded words that must each match (as a prefix, or approximately). */
  words: string[];
  /** Folded phrases, each a list of words that must appear in order. */
  phrases: string[][];
  /** Folded words whose documents are left out. */
  excluded: string[];
}

const MAX_WORDS = 12;

/** Lower case without accents, for highlighting (the database folds with parley_fold()). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Words of the query, lower-cased but with their accents: the database folds them with the same
 * unaccent rules as the documents (which keep й and ї, unlike stripping every combining mark).
 */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const excluded: string[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    const [, negated, phrase, bare] = match;
    if (phrase !== undefined) {
      const tokens = tokenize(phrase);
      if (negated) excluded.push(...tokens.slice(0, 1));
      else if (tokens.length === 1) words.push(tokens[0] as string);
      else if (tokens.length > 1) phrases.push(tokens);
      continue;
    }
    const raw = bare ?? "";
    if (raw === "OR" || raw === "AND") continue;
    if (raw.startsWith("-") && raw.length > 1) {
      excluded.push(...tokenize(raw.slice(1)));
      continue;
    }
    words.push(...tokenize(raw));
  }
  const unique = <T>(items: T[]) => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
  return {
    words: unique(words).slice(0, MAX_WORDS),
    phrases: unique(phrases).slice(0, MAX_WORDS),
    excluded: unique(excluded).slice(0, MAX_WORDS),
  };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
