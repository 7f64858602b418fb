import { Field, inputClass } from "@/components/forms/field";
import { FillFromUrl } from "@/components/forms/fill-from-url";
import type { z } from "zod";
import { AFFILIATIONS, AFFILIATION_LABELS, SOURCE_KINDS, SOURCE_KIND_LABELS, type sourceFieldsSchema } from "@/lib/validation/source";

/** The fields of a source as its schema names them, and the quote an update cites it with. */
export type SourceFieldName = Extract<keyof z.input<typeof sourceFieldsSchema>, string> | "quote";

interface Props {
  /** Field name prefix, e.g. "newSources.0." ("" for the source edit form). */
  prefix: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  errorFor: (name: SourceFieldName) => string | undefined;
  valueFor: (name: SourceFieldName) => string;
  withQuote: boolean;
}

/** The fields that describe a source: shared by the inline "new source" rows and the source editor. */
export function SourceFields({ prefix, idPrefix, errorFor, valueFor, withQuote }: Props) {
  const field = (name: SourceFieldName) => ({ name: `${prefix}${name}`, defaultValue: valueFor(name) });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field id={`${idPrefix}url`} label="URL" error={errorFor("url")} hint="The same article is stored once: a URL Parley already has is reused.">
          {(aria) => <input {...aria} {...field("url")} type="url" inputMode="url" className={inputClass} />}
        </Field>
        <FillFromUrl prefix={prefix} idPrefix={idPrefix} />
      </div>
      <div className="sm:col-span-2">
        <Field id={`${idPrefix}title`} label="Title" error={errorFor("title")}>
          {(aria) => <input {...aria} {...field("title")} className={inputClass} />}
        </Field>
      </div>
      <Field id={`${idPrefix}outlet`} label="Outlet" error={errorFor("outlet")} hint="e.g. AFP, RT, a Telegram channel">
        {(aria) => <input {...aria} {...field("outlet")} className={inputClass} />}
      </Field>
      <Field id={`${idPrefix}affiliation`} label="Outlet affiliation" error={errorFor("affiliation")}>
        {(aria) => (
          <select {...aria} {...field("affiliation")} className={inputClass}>
            <option value="">Not specified</option>
            {AFFILIATIONS.map((value) => (
              <option key={value} value={value}>
                {AFFILIATION_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}kind`} label="Kind" error={errorFor("kind")}>
        {(aria) => (
          <select {...aria} name={`${prefix}kind`} defaultValue={valueFor("kind") || "ARTICLE"} className={inputClass}>
            {SOURCE_KINDS.map((value) => (
              <option key={value} value={value}>
                {SOURCE_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}publishedAt`} label="Published" error={errorFor("publishedAt")}>
        {(aria) => <input {...aria} {...field("publishedAt")} type="date" className={inputClass} />}
      </Field>
      <Field id={`${idPrefix}author`} label="Author" error={errorFor("author")}>
        {(aria) => <input {...aria} {...field("author")} className={inputClass} />}
      </Field>
      <Field id={`${idPrefix}language`} label="Language" error={errorFor("language")} hint="Code such as en, uk, ru">
        {(aria) => <input {...aria} {...field("language")} className={inputClass} />}
      </Field>
      {withQuote ? (
        <div className="sm:col-span-2">
          <Field id={`${idPrefix}quote`} label="Quote (optional)" error={errorFor("quote")}>
            {(aria) => <textarea {...aria} {...field("quote")} rows={2} className={inputClass} />}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
