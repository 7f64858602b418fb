import Link from "next/link";
import { ApiTokensPanel } from "@/components/api-tokens/api-tokens-panel";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { serverEnv } from "@/lib/env";
import { hasOwnPassword } from "@/lib/users/change-password";
import { PageHeader } from "@/components/page-header";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { paths } from "@/lib/paths";
import { ROLE_LABELS } from "@/lib/validation/account";
import { signOutEverywhereAction } from "../admin/users/actions";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActorOrRedirect();
  const hasPassword = await hasOwnPassword(actor.id);
  const idleMinutes = serverEnv().SESSION_IDLE_MINUTES;
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
      {hasPassword ? (
        <section aria-labelledby="change-password-heading" className="mb-8">
          <h2 id="change-password-heading" className="mb-1 text-lg font-semibold text-slate-900">
            Change password
          </h2>
          <p className="mb-3 text-sm text-slate-600">Your other sessions are signed out; this one stays signed in.</p>
          <ChangePasswordForm action={changePasswordAction} />
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold text-slate-900">
          Sessions
        </h2>
        <p className="mb-2 text-sm text-slate-600">
          A session ends when you sign out, after {idleMinutes} minutes without activity, or after 7 days. Lost a device, or signed in somewhere you should not
          have? End every session of this account, including this one.
        </p>
        <ActionButtonForm
          action={signOutEverywhereAction}
          fields={{ userId: actor.id }}
          label="Sign out everywhere"
          pendingLabel="Signing out…"
          tone="danger"
        />
      </section>
      <ApiTokensPanel tokens={tokens} createAction={createApiTokenAction} revokeAction={revokeApiTokenAction} />
      <p className="mt-3 text-sm">
        <Link href={paths.apiDocs()} className="underline">
          API reference
        </Link>
      </p>
    </>
  );
}
