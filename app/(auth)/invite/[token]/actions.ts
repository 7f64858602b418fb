"use server";

import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { acceptInvitation } from "@/lib/users/accept-invitation";
import { acceptInvitationSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/fields";

export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, acceptInvitationSchema, async (input) => {
    await acceptInvitation(token, input);
    await flash("Your account is ready. Sign in to start.");
    return "/sign-in?invited=1";
  });
}
