"use server";

import { headers } from "next/headers";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { clientAddressOf } from "@/lib/http/client-address";
import { paths } from "@/lib/paths";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/fields";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, changePasswordSchema, async (input) => {
    await changePassword(await getActor(), input, clientAddressOf(await headers()));
    await flash("Password changed. Your other sessions are signed out.");
    return paths.account();
  });
}
