import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "next/navigation";
import { IssueForm } from "@/components/forms/issue-form";
import { PageHeader } from "@/components/page-header";
import { getIssue } from "@/lib/issues/queries";
import { listCategories } from "@/lib/negotiations/queries";
import { editIssueAction } from "../../actions";
import { paths } from "@/lib/paths";

export default async function EditIssuePage({ params }: { params: Promise<{ slug: string; issueSlug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "issue.edit")) forbidden();
  const { slug, issueSlug } = await params;
  const [issue, categories] = await Promise.all([getIssue(slug, issueSlug), listCategories()]);
  if (!issue) notFound();
  const path = paths.issue(slug, issueSlug);
  return (
    <>
      <PageHeader
        title={`Edit ${issue.title}`}
        crumbs={[
          { href: paths.negotiation(slug), label: issue.negotiation.title },
          { href: path, label: issue.title },
        ]}
      />
      <p className="mb-4 text-sm text-slate-600">The status is not edited here: it follows from the timeline. Log an update to change it.</p>
      <IssueForm
        action={editIssueAction.bind(null, issue.id)}
        categories={categories.map((category) => category.name)}
        initial={{ title: issue.title, summary: issue.summary, category: issue.category.name }}
        hasInitialStatus={false}
        submitLabel="Save changes"
      />
    </>
  );
}
