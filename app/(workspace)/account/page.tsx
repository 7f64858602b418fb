import Link from "next/link";
import { ApiTokensPanel } from "@/components/api-tokens/api-tokens-panel";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { PageHeader } from "@/components/page-header";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { paths } from "@/lib/paths";
import { ROLE_LABELS } from "@/lib/validation/account";
import { signOutEverywhereAction } from "../admin/users/actions";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActorOrRedirect();
  const tokens = await listApiTokens(actor.id);
  return (
    <>
      <PageHeader title="Your account" />
      <dl className="mb-6 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Name</dt>
        <dd>{actor.name}</dd>
        <dt className="text-slate-500">Email</dt>
        <dd>{actor.email}</dd>
        <dt className="text-slate-500">Role</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
      </dl>
      <p className="mb-2 text-sm text-slate-600">
        Lost a device, or signed in somewhere you should not have? End every session of this account, including this one.
      </p>
      <ActionButtonForm action={signOutEverywhereAction} fields={{ userId: actor.id }} label="Sign out everywhere" pendingLabel="Signing out…" tone="danger" />
      <ApiTokensPanel tokens={tokens} createAction={createApiTokenAction} revokeAction={revokeApiTokenAction} />
      <p className="mt-3 text-sm">
        <Link href={paths.apiDocs()} className="underline">
          API reference
        </Link>
      </p>
    </>
  );
}
