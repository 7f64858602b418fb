import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "next/navigation";
import { SourceForm } from "@/components/forms/source-form";
import { PageHeader } from "@/components/page-header";
import { toDateInput } from "@/lib/format";
import { getSource } from "@/lib/sources/queries";
import { editSourceAction } from "../../actions";
import { paths } from "@/lib/paths";

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "source.edit")) forbidden();
  const { id } = await params;
  const source = await getSource(id);
  if (!source) notFound();
  return (
    <>
      <PageHeader
        title="Edit source"
        crumbs={[
          { href: paths.sources(), label: "Sources" },
          { href: paths.source(id), label: source.title },
        ]}
      />
      <SourceForm
        action={editSourceAction.bind(null, id)}
        initial={{
          url: source.url,
          title: source.title,
          outlet: source.outlet?.name ?? "",
          affiliation: source.outlet?.affiliation ?? "",
          kind: source.kind,
          author: source.author ?? "",
          publishedAt: source.publishedAt ? toDateInput(source.publishedAt) : "",
          language: source.language ?? "",
          viaUrl: source.chain[0]?.url ?? "",
        }}
      />
    </>
  );
}
