/** Placeholder blocks shown while a page's data loads. */
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      <div className="h-7 w-1/3 rounded bg-slate-200" />
      <div className="mt-3 h-4 w-2/3 rounded bg-slate-200" />
      <div className="mt-6 grid gap-3">
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="h-16 rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
