import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listIssueChoices } from "@/lib/positions/choices";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { paths } from "@/lib/paths";

export const metadata = { title: "Export" };

const DOWNLOADS = [
  {
    format: "json",
    label: "Everything, as JSON",
    detail:
      "Parties, issues, every update with its earlier versions and deletions, positions, cited sources with outlets and republication chains, share-link records and the audit trail. Import loads it back.",
  },
  { format: "updates.csv", label: "Updates, as CSV", detail: "One row per update on the timelines, oldest first, for spreadsheets." },
  { format: "issues.csv", label: "Issues, as CSV", detail: "One row per issue with its category and current status." },
] as const;

export default async function ExportNegotiationPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "negotiation.export")) forbidden();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const issues = await listIssueChoices(negotiation.id);
  return (
    <>
      <PageHeader title={`Export “${negotiation.title}”`} crumbs={[{ href: paths.negotiation(slug), label: negotiation.title }]}>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Downloads are written as they are read, so even a large negotiation starts at once; your browser shows the progress.
        </p>
      </PageHeader>
      <section aria-labelledby="download-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="download-heading" className="mb-3 text-lg font-semibold">
          Download
        </h2>
        <ul className="space-y-3">
          {DOWNLOADS.map((download) => (
            <li key={download.format}>
              <a href={paths.exportFile(negotiation.id, download.format)} download className="font-medium">
                {download.label}
              </a>
              <p className="text-sm text-slate-600">{download.detail}</p>
            </li>
          ))}
        </ul>
      </section>
      {can(actor.role, "update.log") ? (
        <section aria-labelledby="import-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-heading" className="mb-1 text-lg font-semibold">
            Import updates from a spreadsheet
          </h2>
          <p className="mb-3 text-sm text-slate-600">Pick the issue the rows belong to; you see every row checked before anything is saved.</p>
          {issues.length === 0 ? (
            <p className="text-sm text-slate-600">This negotiation has no issues yet.</p>
          ) : (
            <ul className="grid gap-1 sm:grid-cols-2">
              {issues.map((issue) => (
                <li key={issue.id} className="min-w-0 break-words">
                  <Link href={paths.importIssueCsv(slug, issue.slug)}>{issue.title}</Link>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-sm text-slate-600">
            To load a whole negotiation from a JSON export, use <Link href={paths.dataImport()}>Import</Link>.
          </p>
        </section>
      ) : null}
    </>
  );
}
