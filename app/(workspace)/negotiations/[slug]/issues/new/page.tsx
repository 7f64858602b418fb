import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "next/navigation";
import { IssueForm } from "@/components/forms/issue-form";
import { PageHeader } from "@/components/page-header";
import { getNegotiationBySlug, listCategories } from "@/lib/negotiations/queries";
import { createIssueAction } from "../actions";
import { paths } from "@/lib/paths";

export const metadata = { title: "New issue" };

export default async function NewIssuePage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "issue.create")) forbidden();
  const { slug } = await params;
  const [negotiation, categories] = await Promise.all([getNegotiationBySlug(slug), listCategories()]);
  if (!negotiation) notFound();
  return (
    <>
      <PageHeader
        title="New issue"
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: paths.negotiation(slug), label: negotiation.title },
        ]}
      />
      <IssueForm
        action={createIssueAction.bind(null, negotiation.id)}
        categories={categories.map((category) => category.name)}
        hasInitialStatus
        submitLabel="Create issue"
      />
    </>
  );
}
