"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { publicBaseUrl } from "@/lib/public-url";
import { inviteUser } from "@/lib/users/invite-user";
import { changeRole, setActive, signOutEverywhere } from "@/lib/users/manage-user";
import { changeRoleSchema, inviteSchema } from "@/lib/validation/account";
import type { FormState } from "@/lib/validation/fields";
import { paths } from "@/lib/paths";

const USERS_PATH = paths.users();
const userIdSchema = z.object({ userId: z.string().min(1) });

export async function inviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, inviteSchema, async (input) => {
    const { token, invitation } = await inviteUser(await getActor(), input);
    revalidatePath(USERS_PATH);
    return {
      ok: true,
      message: `Invitation for ${invitation.email} created. Send this link; it works once, for 7 days, and is not shown again.`,
      shownOnce: `${await publicBaseUrl()}${paths.invitation(token)}`,
    };
  });
}

export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, changeRoleSchema, async (input) => {
    await changeRole(await getActor(), input.userId, input.role);
    revalidatePath(USERS_PATH);
    await flash("Role changed.");
    return { ok: true };
  });
}

export async function setActiveAction(isActive: boolean, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, userIdSchema, async (input) => {
    await setActive(await getActor(), input.userId, isActive);
    revalidatePath(USERS_PATH);
    await flash(isActive ? "Account reactivated." : "Account deactivated and signed out.");
    return { ok: true };
  });
}

export async function signOutEverywhereAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, userIdSchema, async (input) => {
    const actor = await getActor();
    await signOutEverywhere(actor, input.userId);
    revalidatePath(USERS_PATH);
    await flash(input.userId === actor?.id ? "You are signed out on every device." : "Signed out on every device.");
    return input.userId === actor?.id ? paths.signIn() : { ok: true };
  });
}
