import Link from "next/link";
import type { DraftWithPoints } from "@/lib/plan-drafts/queries";

/** A draft's points, read-only, each with the issues it touches. */
export function PointList({ points, issueHref }: { points: DraftWithPoints["points"]; issueHref: (slug: string) => string }) {
  return (
    <ol className="grid gap-3" aria-label="Points">
      {points.map((point) => (
        <li key={point.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="draft-point">
          <p>
            <span className="font-semibold">{point.label}.</span> <span className="whitespace-pre-wrap">{point.text}</span>
          </p>
          {point.issues.length > 0 ? (
            <p className="mt-1 text-xs text-slate-600">
              Issues:{" "}
              {point.issues.map((link, index) => (
                <span key={link.issueId}>
                  {index > 0 ? ", " : null}
                  <Link href={issueHref(link.issue.slug)}>{link.issue.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
