import type { NextRequest } from "next/server";
import { apiRead, parseQuery } from "@/lib/api/v1/handler";
import { getIssue, getNegotiation, listIssues } from "@/lib/api/v1/reads";
import { issueFilterSchema } from "@/lib/api/v1/schemas";
import { apiWrite } from "@/lib/api/v1/write";
import { createIssue } from "@/lib/issues/create-issue";
import { createIssueSchema } from "@/lib/validation/issue";

export async function GET(request: NextRequest, { params }: { params: Promise<{ negotiationId: string }> }) {
  const { negotiationId } = await params;
  return apiRead(request, () => listIssues(negotiationId, parseQuery(request, issueFilterSchema)));
}

/** Creates an issue with the new-issue form's fields and rules; 201 with the issue. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ negotiationId: string }> }) {
  const { negotiationId } = await params;
  return apiWrite(
    request,
    createIssueSchema,
    async (caller, input) => {
      await getNegotiation(negotiationId);
      const issue = await createIssue(caller.actor, negotiationId, input!);
      return getIssue(issue.id);
    },
    201,
  );
}
