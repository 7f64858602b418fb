import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ShareLinkForm } from "@/components/forms/share-link-form";
import { shareLinkState } from "@/lib/share-links/expiry";
import type { listShareLinks } from "@/lib/share-links/queries";
import type { FormState } from "@/lib/validation/fields";
import { LocalDateTime } from "@/components/local-date-time";

interface Props {
  links: Awaited<ReturnType<typeof listShareLinks>>;
  createAction: (state: FormState, formData: FormData) => Promise<FormState>;
  revokeAction: (state: FormState, formData: FormData) => Promise<FormState>;
  canRevoke: boolean;
}

const STATE_LABELS = { active: "Active", revoked: "Revoked", expired: "Expired" } as const;

/** Create read-only links and see who opened them; revoke any at once. */
export function ShareLinksPanel({ links, createAction, revokeAction, canRevoke }: Props) {
  return (
    <>
      <section aria-labelledby="new-link-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-link-heading" className="mb-3 text-lg font-semibold">
          New share link
        </h2>
        <ShareLinkForm action={createAction} />
      </section>
      <section aria-labelledby="links-heading">
        <h2 id="links-heading" className="mb-3 text-lg font-semibold">
          Links
        </h2>
        {links.length === 0 ? (
          <p className="text-slate-600">No share links yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-scroll-region tabIndex={0} role="group" aria-label="Share links">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Share links</caption>
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    For
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Created
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Expires
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Last opened
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Opened
                  </th>
                  <th scope="col" className="px-3 py-2">
                    State
                  </th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => {
                  const state = shareLinkState(link);
                  return (
                    <tr key={link.id} className="border-t border-slate-100 align-top">
                      <th scope="row" className="px-3 py-2 font-medium">
                        {link.label}
                        <div className="text-xs font-normal text-slate-500">
                          {[link.snapshotAt ? "frozen" : "live", link.hideAuthors ? "names hidden" : null].filter(Boolean).join(" · ")}
                        </div>
                      </th>
                      <td className="px-3 py-2">
                        <LocalDateTime value={link.createdAt} />
                        <div className="text-xs text-slate-500">by {link.createdBy.name}</div>
                      </td>
                      <td className="px-3 py-2">{link.expiresAt ? <LocalDateTime value={link.expiresAt} /> : "never"}</td>
                      <td className="px-3 py-2">{link.lastOpenedAt ? <LocalDateTime value={link.lastOpenedAt} /> : "never"}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{link.openCount}</td>
                      <td className="px-3 py-2">
                        <p>{STATE_LABELS[state]}</p>
                        {state === "active" && canRevoke ? (
                          <ActionButtonForm
                            action={revokeAction}
                            fields={{ linkId: link.id }}
                            label="Revoke"
                            pendingLabel="Revoking…"
                            ariaLabel={`Revoke link for ${link.label}`}
                            confirm={`Revoke the link for “${link.label}”? It stops working at once.`}
                            tone="danger"
                          />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
