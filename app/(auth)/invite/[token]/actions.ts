"use server";

import { runFormAction } from "@/lib/forms/run-form-action";
import { acceptInvitation } from "@/lib/users/accept-invitation";
import { acceptInvitationSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/fields";

export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, acceptInvitationSchema, async (input) => {
    await acceptInvitation(token, input);
    return "/sign-in?invited=1";
  });
}
