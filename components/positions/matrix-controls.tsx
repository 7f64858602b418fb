import Link from "next/link";
import { inputClass } from "@/components/forms/field";

interface Props {
  basePath: string;
  asOf?: string;
  changedSince?: string;
  isRecorded: boolean;
  sort: "spread" | "title";
  today: string;
}

/** Plain GET form: the view lives in the URL, so "the matrix as of 1 Dec, changes since 20 Nov" can be sent. */
export function MatrixControls({ basePath, asOf, changedSince, isRecorded, sort, today }: Props) {
  const isFiltered = Boolean(asOf || changedSince || isRecorded || sort !== "spread");
  return (
    <form
      method="get"
      action={basePath}
      className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-3"
      aria-label="Matrix view"
    >
      <div>
        <label htmlFor="matrix-as-of" className="block text-xs font-medium text-slate-700">
          As of
        </label>
        <input id="matrix-as-of" type="date" name="asOf" max={today} defaultValue={asOf ?? ""} aria-describedby="matrix-as-of-hint" className={inputClass} />
        <p id="matrix-as-of-hint" className="mt-1 text-xs text-slate-500">
          Positions stated by that day.
        </p>
      </div>
      <div className="flex items-center gap-2 pb-6">
        <input id="matrix-recorded" type="checkbox" name="recorded" value="1" defaultChecked={isRecorded} aria-describedby="matrix-recorded-hint" />
        <label htmlFor="matrix-recorded" className="text-sm text-slate-800">
          As recorded then
        </label>
        <span id="matrix-recorded-hint" className="sr-only">
          Leave out what was logged, edited or deleted in Parley after that day.
        </span>
      </div>
      <div>
        <label htmlFor="matrix-changed-since" className="block text-xs font-medium text-slate-700">
          Highlight changes since
        </label>
        <input id="matrix-changed-since" type="date" name="changedSince" max={today} defaultValue={changedSince ?? ""} className={inputClass} />
        <p className="mt-1 text-xs text-slate-500">Cells that moved are outlined.</p>
      </div>
      <div>
        <label htmlFor="matrix-sort" className="block text-xs font-medium text-slate-700">
          Order
        </label>
        <select id="matrix-sort" name="sort" defaultValue={sort} className={inputClass}>
          <option value="spread">Furthest apart first</option>
          <option value="title">Issue title</option>
        </select>
        <p className="mt-1 text-xs text-slate-500">&nbsp;</p>
      </div>
      <div className="flex items-center gap-3 pb-6">
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
          Show
        </button>
        {isFiltered ? (
          <Link href={basePath} className="text-sm">
            Today&apos;s matrix
          </Link>
        ) : null}
      </div>
    </form>
  );
}
