"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { getIssuePath, getNegotiationPath } from "@/lib/issues/issue-path";
import { runFormAction } from "@/lib/forms/run-form-action";
import { publicBaseUrl } from "@/lib/public-url";
import { paths } from "@/lib/paths";
import { createShareLink, type ShareScope } from "@/lib/share-links/create-share-link";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import type { FormState } from "@/lib/validation/fields";
import { createShareLinkSchema, shareLinkIdSchema } from "@/lib/validation/share-link";

/** The share page of a scope, looked up on the server rather than bound through the client. */
async function sharePagePath(scope: ShareScope): Promise<string> {
  const page = "issueId" in scope ? await getIssuePath(scope.issueId) : await getNegotiationPath(scope.negotiationId);
  return page ? `${page}/share` : paths.negotiations();
}

export async function createShareLinkAction(scope: ShareScope, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createShareLinkSchema, async (input) => {
    const { token, link } = await createShareLink(await getActor(), scope, input);
    revalidatePath(await sharePagePath(scope));
    return {
      ok: true,
      message: `Link for “${link.label}” created. Copy it now: it is shown only once.`,
      shownOnce: `${await publicBaseUrl()}${paths.share(token)}`,
    };
  });
}

export async function revokeShareLinkAction(scope: ShareScope, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, shareLinkIdSchema, async (input) => {
    await revokeShareLink(await getActor(), input.linkId);
    revalidatePath(await sharePagePath(scope));
    await flash("Link revoked. It stops working at once.");
    return { ok: true };
  });
}
