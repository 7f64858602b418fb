import slugifyText from "@sindresorhus/slugify";

/** Letters only Ukrainian uses among Cyrillic scripts: their presence selects Ukrainian romanization. */
const UKRAINIAN_ONLY = /[ІіЇїЄєҐґ]/;

/**
 * Where Ukraine's national romanization (2010) differs from the package's Russian-style default:
 * "Переговори в Женеві" → "perehovory-v-zhenevi", not "peregovori-v-zhenevi".
 */
const UKRAINIAN: [string, string][] = [
  ["г", "h"],
  ["ґ", "g"],
  ["и", "y"],
  ["і", "i"],
  ["ї", "yi"],
  ["є", "ye"],
  ["й", "y"],
  ["ю", "yu"],
  ["я", "ya"],
  ["щ", "shch"],
  ["х", "kh"],
  ["ь", ""],
  ["’", ""],
  ["'", ""],
];
const UKRAINIAN_REPLACEMENTS: [string, string][] = UKRAINIAN.flatMap(([from, to]) => [
  [from, to],
  [from.toUpperCase(), to],
]);

/**
 * URL-safe slug from a title: "NATO status / neutrality" → "nato-status-neutrality", Cyrillic and
 * other scripts transliterated ("Гарантії безпеки" → "harantiyi-bezpeky").
 */
export function slugify(text: string): string {
  const slug = slugifyText(text, UKRAINIAN_ONLY.test(text) ? { customReplacements: UKRAINIAN_REPLACEMENTS } : {})
    .replace(/[^a-z0-9-]+/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "item";
}
