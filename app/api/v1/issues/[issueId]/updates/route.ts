import { after, type NextRequest } from "next/server";
import { apiRead, parseQuery } from "@/lib/api/v1/handler";
import { getUpdate } from "@/lib/api/v1/reads";
import { updateChangesQuerySchema } from "@/lib/api/v1/schemas";
import { updateChanges } from "@/lib/api/v1/update-changes";
import { apiWrite } from "@/lib/api/v1/write";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";

export async function GET(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiRead(request, () => updateChanges(issueId, parseQuery(request, updateChangesQuerySchema)));
}

/** Logs an update with the log-update form's schema and permission check. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiWrite(
    request,
    logUpdateSchema,
    async (caller, input) => {
      const update = await logUpdate(caller.actor, issueId, input!);
      if (input!.sources.length > 0 || input!.newSources.length > 0) after(() => keepFirstCopiesForUpdate(update.id));
      return getUpdate(update.id);
    },
    201,
  );
}
