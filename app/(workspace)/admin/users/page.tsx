import { forbidden } from "next/navigation";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { InviteForm } from "@/components/forms/invite-form";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listPendingInvitations, listUsers } from "@/lib/users/queries";
import { ROLES, ROLE_NAMES } from "@/lib/validation/account";
import { changeRoleAction, inviteAction, setActiveAction, signOutEverywhereAction } from "./actions";
import { LocalDateTime } from "@/components/local-date-time";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "user.manage")) forbidden();
  const [users, invitations] = await Promise.all([listUsers(), listPendingInvitations()]);
  return (
    <>
      <PageHeader title="Users" />
      <section aria-labelledby="invite-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite-heading" className="mb-3 text-lg font-semibold">
          Invite someone
        </h2>
        <InviteForm action={inviteAction} />
        {invitations.length > 0 ? (
          <>
            <h3 className="mb-2 mt-4 text-sm font-semibold">Pending invitations</h3>
            <ul className="grid gap-1 text-sm text-slate-700">
              {invitations.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} as {ROLE_NAMES[invitation.role]} · by {invitation.invitedBy.name} · expires <LocalDateTime value={invitation.expiresAt} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-scroll-region tabIndex={0} role="group" aria-label="Accounts">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2">
                Person
              </th>
              <th scope="col" className="px-4 py-2">
                Role
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
              <th scope="col" className="px-4 py-2">
                Last sign-in
              </th>
              <th scope="col" className="px-4 py-2">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  <span className="font-medium">{user.name}</span>
                  <div className="text-xs text-slate-500">{user.email}</div>
                </th>
                <td className="px-4 py-3">
                  <ActionButtonForm
                    action={changeRoleAction}
                    fields={{ userId: user.id }}
                    label="Change"
                    pendingLabel="Saving…"
                    ariaLabel={`Change role of ${user.name}`}
                  >
                    <label className="sr-only" htmlFor={`role-${user.id}`}>
                      Role of {user.name}
                    </label>
                    <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded border border-slate-300 px-2 py-1 text-sm">
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_NAMES[role]}
                        </option>
                      ))}
                    </select>
                  </ActionButtonForm>
                </td>
                <td className="px-4 py-3">
                  <p className="mb-1">{user.isActive ? "Active" : "Deactivated"}</p>
                  {user.isActive ? (
                    <ActionButtonForm
                      action={setActiveAction.bind(null, false)}
                      fields={{ userId: user.id }}
                      label="Deactivate"
                      pendingLabel="Deactivating…"
                      ariaLabel={`Deactivate ${user.name}`}
                      confirm={`Deactivate ${user.name}? They are signed out at once.`}
                      tone="danger"
                    />
                  ) : (
                    <ActionButtonForm
                      action={setActiveAction.bind(null, true)}
                      fields={{ userId: user.id }}
                      label="Reactivate"
                      pendingLabel="Reactivating…"
                      ariaLabel={`Reactivate ${user.name}`}
                    />
                  )}
                </td>
                <td className="px-4 py-3 text-slate-600">{user.lastSignInAt ? <LocalDateTime value={user.lastSignInAt} /> : "never"}</td>
                <td className="px-4 py-3">
                  <ActionButtonForm
                    action={signOutEverywhereAction}
                    fields={{ userId: user.id }}
                    label="Sign out everywhere"
                    pendingLabel="Signing out…"
                    ariaLabel={`Sign out everywhere: ${user.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
