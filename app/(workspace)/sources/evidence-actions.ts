"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-form-action";
import { checkSourceForChanges } from "@/lib/sources/checks/check-source";
import { listIssueSourcesToCheck } from "@/lib/sources/issue-sources";
import { CHECK_OUTCOME_LABELS } from "@/lib/sources/checks/classify-check";
import { gradeCitation, gradeOutlet } from "@/lib/sources/grade";
import { getUpdateIssuePath } from "@/lib/timeline/update-history";
import type { FormState } from "@/lib/validation/fields";
import { citationGradeSchema, outletGradeSchema } from "@/lib/validation/grades";
import { paths } from "@/lib/paths";

const id = z.string().min(1).max(64);

export type CheckResult = { ok: boolean; sourceId: string; outcome?: string; message: string };

/** One source's "Check for changes"; the issue-wide check calls it once per source to show progress. */
export async function checkSourceAction(sourceId: unknown): Promise<CheckResult> {
  const parsed = id.safeParse(sourceId);
  if (!parsed.success) return { ok: false, sourceId: "", message: "Unknown source." };
  try {
    const check = await checkSourceForChanges(await getActor(), parsed.data);
    revalidatePath(paths.source(parsed.data));
    return { ok: true, sourceId: parsed.data, outcome: check.outcome, message: check.message ?? CHECK_OUTCOME_LABELS[check.outcome] };
  } catch (error) {
    if (isAppError(error)) return { ok: false, sourceId: parsed.data, message: error.message };
    console.error(error);
    return { ok: false, sourceId: parsed.data, message: "The check failed because of a problem on our side." };
  }
}

/** The sources an issue-wide check goes through; empty when the issue is unknown or the caller may not check. */
export async function issueSourcesAction(issueId: unknown): Promise<{ id: string; label: string }[]> {
  const parsed = id.safeParse(issueId);
  if (!parsed.success) return [];
  try {
    return await listIssueSourcesToCheck(await getActor(), parsed.data);
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}

export async function gradeOutletAction(target: { outletId: string; sourceId: string }, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, outletGradeSchema, async (input) => {
    await gradeOutlet(await getActor(), target.outletId, input);
    revalidatePath(paths.source(target.sourceId));
    return { ok: true, message: "Reliability saved." };
  });
}

export async function gradeCitationAction(target: { updateId: string; sourceId: string }, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, citationGradeSchema, async (input) => {
    await gradeCitation(await getActor(), target.updateId, target.sourceId, input);
    // The issue page is found from the update, not taken from the client.
    const issuePath = await getUpdateIssuePath(target.updateId);
    if (issuePath) revalidatePath(issuePath);
    revalidatePath(paths.source(target.sourceId));
    return { ok: true, message: "Credibility saved." };
  });
}
