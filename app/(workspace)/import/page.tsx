import { forbidden } from "next/navigation";
import { JsonImportForm } from "@/components/data/json-import-form";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { paths } from "@/lib/paths";

export const metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "negotiation.import")) forbidden();
  const isAdmin = can(actor.role, "workspace.export");
  return (
    <>
      <PageHeader title="Import" crumbs={[{ href: paths.negotiations(), label: "Negotiations" }]}>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Load a negotiation exported from Parley (its Export page) into this workspace
          {isAdmin ? ", or a whole-workspace export" : ""}. The file is checked completely first: if anything in it is wrong, nothing is saved and you are told
          the first bad record. A negotiation that is already here is not loaded twice. Sources already here are matched by their URL.
        </p>
      </PageHeader>
      <JsonImportForm endpoint={paths.apiV1("/import")} negotiationsPath={paths.negotiations()} />
      {isAdmin ? (
        <section aria-labelledby="workspace-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="workspace-heading" className="mb-1 text-lg font-semibold">
            Back up the whole workspace
          </h2>
          <p className="mb-2 text-sm text-slate-600">Every negotiation and every account (names, e-mail addresses and roles; never passwords or tokens).</p>
          <a href={paths.workspaceExportFile()} download className="font-medium">
            Download the workspace as JSON
          </a>
        </section>
      ) : null}
    </>
  );
}
