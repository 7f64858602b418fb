import Link from "next/link";
import { inputClass } from "@/components/forms/field";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";

interface Props {
  basePath: string;
  status?: string;
  category?: string;
  categories: { slug: string; name: string }[];
  /** The status chart's range, kept when the filters change. */
  range?: string;
}

/** Plain GET form: filters live in the URL, so a filtered view can be bookmarked or sent. */
export function DashboardFilters({ basePath, status, category, categories, range }: Props) {
  return (
    <form method="get" action={basePath} className="no-print flex flex-wrap items-end gap-3" role="search" aria-label="Filter issues">
      {range ? <input type="hidden" name="range" value={range} /> : null}
      <div>
        <label htmlFor="filter-status" className="block text-xs font-medium text-slate-700">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={status ?? ""} className={inputClass}>
          <option value="">All statuses</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_SCALE[value].label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-category" className="block text-xs font-medium text-slate-700">
          Category
        </label>
        <select id="filter-category" name="category" defaultValue={category ?? ""} className={inputClass}>
          <option value="">All categories</option>
          {categories.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
        Apply filters
      </button>
      {status || category ? (
        <Link href={basePath} className="py-2 text-sm">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
