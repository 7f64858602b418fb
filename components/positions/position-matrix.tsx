import Link from "next/link";
import { SpreadMeter } from "@/components/positions/spread-meter";
import { StanceBadge } from "@/components/positions/stance-badge";
import { formatDay } from "@/lib/format";
import type { MatrixRow, PositionMatrix as Matrix } from "@/lib/positions/matrix";
import { stanceLabel } from "@/lib/positions/stances";

interface Props {
  matrix: Pick<Matrix, "parties" | "rows">;
  caption: string;
  /** The issue's page; absent where issues have no page of their own. */
  issueHref?: (issueSlug: string) => string;
  /** The cell's history; absent on share pages. */
  cellHref?: (issueSlug: string, partyId: string) => string;
  /** Where to log the first position of an empty cell; absent for readers who cannot log. */
  logHref?: (issueId: string, partyId: string) => string;
  changedSince?: Date;
  /** Shown on the issue page, whose title is already the heading. */
  showDistance?: boolean;
}

/**
 * Issues as rows, parties as columns: a real table with row and column headers, so a screen reader
 * announces "Russia, Territory: Insists…" as it moves through the cells.
 */
export function PositionMatrixTable({ matrix, caption, issueHref, cellHref, logHref, changedSince, showDistance = true }: Props) {
  const names = new Map(matrix.parties.map((party) => [party.id, party.name]));
  if (matrix.parties.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
        This negotiation has no parties yet: add them by editing the negotiation.
      </p>
    );
  }
  return (
    <div
      className="min-w-0 max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white"
      data-scroll-region
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="px-4 py-2 text-left text-sm text-slate-600">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Issue
            </th>
            {matrix.parties.map((party) => (
              <th key={party.id} scope="col" className="px-3 py-2" title={party.description}>
                {party.name}
              </th>
            ))}
            {showDistance ? (
              <th scope="col" className="px-3 py-2">
                Distance
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.issue.id} className={`border-t border-slate-200 align-top ${row.spread !== null && row.spread >= 3 ? "bg-rose-50/40" : ""}`}>
              <th scope="row" className="px-3 py-3 font-medium">
                {issueHref ? <Link href={issueHref(row.issue.slug)}>{row.issue.title}</Link> : row.issue.title}
              </th>
              {row.cells.map((cell) => (
                <MatrixCellView
                  key={cell.partyId}
                  cell={cell}
                  row={row}
                  partyName={names.get(cell.partyId) ?? ""}
                  cellHref={cellHref}
                  logHref={logHref}
                  changedSince={changedSince}
                />
              ))}
              {showDistance ? (
                <td className="px-3 py-3">
                  <SpreadMeter spread={row.spread} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CellProps {
  cell: MatrixRow["cells"][number];
  row: MatrixRow;
  partyName: string;
  cellHref?: Props["cellHref"];
  logHref?: Props["logHref"];
  changedSince?: Date;
}

function MatrixCellView({ cell, row, partyName, cellHref, logHref, changedSince }: CellProps) {
  const { position, previous } = cell;
  const where = `${partyName} on ${row.issue.title}`;
  return (
    <td className={`px-3 py-3 ${previous ? "bg-yellow-50 outline outline-2 -outline-offset-2 outline-yellow-500" : ""}`} data-testid="matrix-cell">
      {previous && changedSince ? (
        <p className="mb-1 text-xs font-semibold text-yellow-900">
          Changed since {formatDay(changedSince)}: was {previous.stance ? stanceLabel(previous.stance) : "no position"}
        </p>
      ) : null}
      {position ? (
        <>
          <StanceBadge stance={position.stance} size="sm" />
          <p className="mt-1 text-slate-800">{position.statement}</p>
          <p className="mt-1 text-xs text-slate-500">
            Stated <time dateTime={position.statedAt.toISOString()}>{formatDay(position.statedAt)}</time>
            {cellHref ? (
              <>
                {" · "}
                <Link href={cellHref(row.issue.slug, cell.partyId)}>
                  History<span className="sr-only"> of {where}</span>
                </Link>
              </>
            ) : null}
          </p>
        </>
      ) : (
        <>
          <span className="text-xs text-slate-500">No stated position</span>
          {logHref ? (
            <p className="mt-1 text-xs">
              <Link href={logHref(row.issue.id, cell.partyId)}>
                Log<span className="sr-only"> a position of {where}</span>
              </Link>
            </p>
          ) : null}
        </>
      )}
    </td>
  );
}
