import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import Link from "next/link";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { formatDay } from "@/lib/format";
import { listNegotiations } from "@/lib/negotiations/queries";
import { paths } from "@/lib/paths";

export const metadata = { title: "Negotiations" };

export default async function NegotiationsPage() {
  const actor = await requireActorOrRedirect();
  const negotiations = await listNegotiations();
  return (
    <>
      <PageHeader
        title="Negotiations"
        actions={
          <>
            {can(actor.role, "negotiation.create") ? (
              <ButtonLink href={paths.newNegotiation()} shortcut="n">
                New negotiation
              </ButtonLink>
            ) : null}
            {can(actor.role, "negotiation.import") ? (
              <ButtonLink href={paths.dataImport()} variant="secondary">
                Import
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {negotiations.length === 0 ? (
        <p className="text-slate-600">No negotiations yet.</p>
      ) : (
        <ul className="grid gap-3">
          {negotiations.map((negotiation) => (
            <li key={negotiation.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={paths.negotiation(negotiation)} className="text-lg font-medium">
                {negotiation.title}
              </Link>
              <p className="mt-1 text-sm text-slate-600">
                {negotiation._count.issues} issues · updated {formatDay(negotiation.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
