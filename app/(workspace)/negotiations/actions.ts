"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { createNegotiation, editNegotiation } from "@/lib/negotiations/save-negotiation";
import type { FormState } from "@/lib/validation/fields";
import { negotiationSchema } from "@/lib/validation/negotiation";
import { paths } from "@/lib/paths";

export async function createNegotiationAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, negotiationSchema, async (input) => {
    const negotiation = await createNegotiation(await getActor(), input);
    await flash("Negotiation created.");
    return paths.negotiation(negotiation);
  });
}

export async function editNegotiationAction(negotiationId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, negotiationSchema, async (input) => {
    const negotiation = await editNegotiation(await getActor(), negotiationId, input);
    revalidatePath(paths.negotiation(negotiation));
    await flash("Negotiation saved.");
    return paths.negotiation(negotiation);
  });
}
