import { requireActorOrRedirect } from "@/lib/auth/actor";
import type { Metadata } from "next";
import { ActivityList } from "@/components/activity/activity-list";
import { PageHeader } from "@/components/page-header";
import { listAuditEvents } from "@/lib/audit/queries";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Activity" };

interface Props {
  searchParams: Promise<{ before?: string }>;
}

/** Everything that changed in the workspace, newest first. Readable by every signed-in role. */
export default async function ActivityPage({ searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { before } = await searchParams;
  const { events, nextCursor } = await listAuditEvents(actor, { before });
  return (
    <>
      <PageHeader title="Activity">
        <p className="mt-1 text-sm text-slate-600">Every change in the workspace, newest first: who made it, when, and what it changed.</p>
      </PageHeader>
      <ActivityList
        events={events}
        showSubject
        olderHref={nextCursor ? paths.activity(nextCursor) : undefined}
        newestHref={before ? paths.activity() : undefined}
      />
    </>
  );
}
