import { ApiTokenForm } from "@/components/forms/api-token-form";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { LocalDateTime } from "@/components/local-date-time";
import type { listApiTokens } from "@/lib/api-tokens/queries";
import { API_TOKEN_SCOPE_LABELS } from "@/lib/validation/api-token";
import type { FormState } from "@/lib/validation/fields";

interface Props {
  tokens: Awaited<ReturnType<typeof listApiTokens>>;
  createAction: (state: FormState, formData: FormData) => Promise<FormState>;
  revokeAction: (state: FormState, formData: FormData) => Promise<FormState>;
}

const STATE_LABELS = { active: "Active", revoked: "Revoked", expired: "Expired" } as const;

/** Personal tokens for the JSON API: create (shown once), see when each was last used, revoke. */
export function ApiTokensPanel({ tokens, createAction, revokeAction }: Props) {
  return (
    <section aria-labelledby="api-tokens-heading" className="mt-8">
      <h2 id="api-tokens-heading" className="mb-2 text-lg font-semibold">
        API tokens
      </h2>
      <p className="mb-3 max-w-2xl text-sm text-slate-600">
        A token lets a program use the JSON API as you: send it as <code>Authorization: Bearer …</code>. It can never do more than your role allows, and stops
        working when you revoke it or your account is deactivated.
      </p>
      <div className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
        <ApiTokenForm action={createAction} />
      </div>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">No API tokens yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-scroll-region tabIndex={0} role="group" aria-label="API tokens">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your API tokens</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Access
                </th>
                <th scope="col" className="px-3 py-2">
                  Created
                </th>
                <th scope="col" className="px-3 py-2">
                  Expires
                </th>
                <th scope="col" className="px-3 py-2">
                  Last used
                </th>
                <th scope="col" className="px-3 py-2">
                  State
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {token.name}
                  </th>
                  <td className="px-3 py-2">{API_TOKEN_SCOPE_LABELS[token.scope]}</td>
                  <td className="px-3 py-2">
                    <LocalDateTime value={token.createdAt} />
                  </td>
                  <td className="px-3 py-2">{token.expiresAt ? <LocalDateTime value={token.expiresAt} /> : "never"}</td>
                  <td className="px-3 py-2">{token.lastUsedAt ? <LocalDateTime value={token.lastUsedAt} /> : "never"}</td>
                  <td className="px-3 py-2">
                    <p>{STATE_LABELS[token.state]}</p>
                    {token.state === "active" ? (
                      <ActionButtonForm
                        action={revokeAction}
                        fields={{ tokenId: token.id }}
                        label="Revoke"
                        pendingLabel="Revoking…"
                        ariaLabel={`Revoke token ${token.name}`}
                        confirm={`Revoke the token “${token.name}”? It stops working at once.`}
                        tone="danger"
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
