import Link from "next/link";
import { inputClass } from "@/components/forms/field";

interface Field {
  name: string;
  label: string;
  value: string;
}

/**
 * A plain GET form for the moments of a digest or a comparison: the range lives in the URL, so a
 * view can be bookmarked and sent. Inputs are UTC, and say so.
 */
export function RangeForm({
  action,
  fields,
  submitLabel,
  presets,
}: {
  action: string;
  fields: Field[];
  submitLabel: string;
  presets?: { href: string; label: string }[];
}) {
  return (
    <form method="get" action={action} className="no-print mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 text-sm font-medium text-slate-800">Range (times in UTC)</legend>
        {fields.map((field) => (
          <div key={field.name}>
            <label htmlFor={`range-${field.name}`} className="block text-xs font-medium text-slate-700">
              {field.label}
            </label>
            <input id={`range-${field.name}`} name={field.name} type="datetime-local" step="any" defaultValue={field.value} className={inputClass} />
          </div>
        ))}
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
          {submitLabel}
        </button>
      </fieldset>
      {presets?.length ? (
        <nav aria-label="Quick ranges" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {presets.map((preset) => (
            <Link key={preset.label} href={preset.href}>
              {preset.label}
            </Link>
          ))}
        </nav>
      ) : null}
    </form>
  );
}

export function RangeErrors({ errors }: { errors: string[] }) {
  return (
    <div role="alert" className="mb-6 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-medium">This range cannot be read:</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
