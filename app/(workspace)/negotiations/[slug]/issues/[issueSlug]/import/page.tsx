import { forbidden, notFound } from "next/navigation";
import { CsvImportForm } from "@/components/data/csv-import-form";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getIssue } from "@/lib/issues/queries";
import { paths } from "@/lib/paths";
import { csvImportAction } from "./actions";

export const metadata = { title: "Import updates from CSV" };

export default async function ImportCsvPage({ params }: { params: Promise<{ slug: string; issueSlug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "update.log")) forbidden();
  const { slug, issueSlug } = await params;
  const issue = await getIssue(slug, issueSlug);
  if (!issue) notFound();
  const issuePath = paths.issue(slug, issueSlug);
  return (
    <>
      <PageHeader
        title={`Import updates: ${issue.title}`}
        crumbs={[
          { href: paths.negotiation(slug), label: issue.negotiation.title },
          { href: issuePath, label: issue.title },
        ]}
      >
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          A CSV file with a header row. Required columns: <code>date</code> (YYYY-MM-DD) and <code>note</code>. Optional: <code>status</code> (the new status,
          e.g. “Gaps remain”), <code>source_urls</code> (one or more web addresses, separated by spaces or line breaks) and <code>quotes</code> (one a line, in
          the order of the URLs). The updates CSV of an export has these columns.
        </p>
      </PageHeader>
      <CsvImportForm action={csvImportAction.bind(null, issue.id)} issuePath={issuePath} />
    </>
  );
}
