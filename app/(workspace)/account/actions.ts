"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { clientAddressOf } from "@/lib/http/client-address";
import { paths } from "@/lib/paths";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/validation/account";
import { apiTokenIdSchema, createApiTokenSchema } from "@/lib/validation/api-token";
import type { FormState } from "@/lib/validation/fields";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, changePasswordSchema, async (input) => {
    await changePassword(await getActor(), input, clientAddressOf(await headers()));
    await flash("Password changed. Your other sessions are signed out.");
    return paths.account();
  });
}

export async function createApiTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createApiTokenSchema, async (input) => {
    const { token } = await createApiToken(await getActor(), input);
    revalidatePath(paths.account());
    return { ok: true, message: `Token “${input.name}” created. Copy it now: it is shown only once.`, shownOnce: token };
  });
}

export async function revokeApiTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, apiTokenIdSchema, async (input) => {
    await revokeApiToken(await getActor(), input.tokenId);
    revalidatePath(paths.account());
    await flash("Token revoked. It stops working at once.");
    return { ok: true };
  });
}
