"use server";

import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { createFirstAdmin } from "@/lib/users/create-first-admin";
import { accountSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/fields";

export async function setupAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, accountSchema, async (input) => {
    await createFirstAdmin(input);
    await flash("Administrator account created. Sign in with it to start.");
    return "/sign-in?setup=done";
  });
}
