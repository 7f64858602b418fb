/**
 * Turns FormData into a plain object for zod. Keys with dots build nested objects and numeric
 * parts build arrays ("sources.0.quote"); a key repeated without an index becomes an array.
 */
const MAX_INDEX = 200;
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof raw !== "string") continue;
    // PostgreSQL cannot store NUL in text nor lone surrogates in the audit's JSON.
    const value = raw.replaceAll("\u0000", "").toWellFormed();
    const parts = key.split(".");
    // A field named "__proto__.x" must not reach Object.prototype.
    if (parts.some((part) => UNSAFE_KEYS.has(part))) continue;
    // "rows.4294967294" would make a sparse array billions long; no form has that many rows.
    if (parts.some((part) => /^\d+$/.test(part) && Number(part) >= MAX_INDEX)) continue;
    let target: Record<string, unknown> = result;
    parts.forEach((part, index) => {
      const isLast = index === parts.length - 1;
      if (isLast) {
        const existing = target[part];
        if (existing === undefined) target[part] = value;
        else if (Array.isArray(existing)) existing.push(value);
        else target[part] = [existing, value];
        return;
      }
      const next = parts[index + 1] ?? "";
      // A plain value under the same name ("a" and "a.b") gives way to the nested one.
      if (typeof target[part] !== "object" || target[part] === null) target[part] = /^\d+$/.test(next) ? [] : {};
      target = target[part] as Record<string, unknown>;
    });
  }
  return result;
}
