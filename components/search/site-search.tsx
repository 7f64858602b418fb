import { paths } from "@/lib/paths";

/** The search box in every workspace page's header: a plain form to /search, so it works without script. */
export function SiteSearch() {
  return (
    <form method="get" action={paths.search()} role="search" aria-label="Site" className="flex items-center">
      <label htmlFor="site-search" className="sr-only">
        Search the record
      </label>
      <input
        type="search"
        id="site-search"
        name="q"
        placeholder="Search…"
        className="w-48 rounded border border-slate-300 px-2 py-1 text-sm focus:w-64 focus:outline-2 focus:outline-slate-900"
      />
    </form>
  );
}
