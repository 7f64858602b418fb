import type { NextRequest } from "next/server";
import { apiRead } from "@/lib/api/v1/handler";
import { getIssue } from "@/lib/api/v1/reads";
import { apiWrite } from "@/lib/api/v1/write";
import { editIssue } from "@/lib/issues/edit-issue";
import { editIssueSchema } from "@/lib/validation/issue";

export async function GET(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiRead(request, () => getIssue(issueId));
}

/** Replaces an issue's title, summary and category with the edit form's fields and rules. */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiWrite(request, editIssueSchema, async (caller, input) => {
    await getIssue(issueId);
    await editIssue(caller.actor, issueId, input!);
    return getIssue(issueId);
  });
}
