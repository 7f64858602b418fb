"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { publicBaseUrl } from "@/lib/public-url";
import { paths } from "@/lib/paths";
import { createShareLink, type ShareScope } from "@/lib/share-links/create-share-link";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import type { FormState } from "@/lib/validation/fields";
import { createShareLinkSchema, shareLinkIdSchema } from "@/lib/validation/share-link";

export async function createShareLinkAction(target: { scope: ShareScope; path: string }, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createShareLinkSchema, async (input) => {
    const { token, link } = await createShareLink(await getActor(), target.scope, input);
    revalidatePath(target.path);
    return {
      ok: true,
      message: `Link for “${link.label}” created. Copy it now: it is shown only once.`,
      values: { link: `${await publicBaseUrl()}${paths.share(token)}` },
    };
  });
}

export async function revokeShareLinkAction(path: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, shareLinkIdSchema, async (input) => {
    await revokeShareLink(await getActor(), input.linkId);
    revalidatePath(path);
    await flash("Link revoked. It stops working at once.");
    return { ok: true };
  });
}
