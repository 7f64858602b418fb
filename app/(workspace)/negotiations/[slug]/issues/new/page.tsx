import { NotAllowed } from "@/components/not-allowed";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { notFound } from "next/navigation";
import { IssueForm } from "@/components/forms/issue-form";
import { PageHeader } from "@/components/page-header";
import { getNegotiationBySlug, listCategories } from "@/lib/negotiations/queries";
import { createIssueAction } from "../actions";

export const metadata = { title: "New issue" };

export default async function NewIssuePage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "issue.create")) return <NotAllowed />;
  const { slug } = await params;
  const [negotiation, categories] = await Promise.all([getNegotiationBySlug(slug), listCategories()]);
  if (!negotiation) notFound();
  return (
    <>
      <PageHeader
        title="New issue"
        crumbs={[
          { href: "/negotiations", label: "Negotiations" },
          { href: `/negotiations/${slug}`, label: negotiation.title },
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
