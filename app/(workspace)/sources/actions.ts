"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { editSource } from "@/lib/sources/edit-source";
import type { FormState } from "@/lib/validation/fields";
import { createSourceSchema } from "@/lib/validation/source";
import { paths } from "@/lib/paths";

export async function editSourceAction(sourceId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createSourceSchema, async (input) => {
    await editSource(await getActor(), sourceId, input);
    revalidatePath(paths.source(sourceId));
    await flash("Source saved.");
    return paths.source(sourceId);
  });
}
