import { after, type NextRequest } from "next/server";
import { acceptJsonWrite } from "@/lib/api/json-write";
import { respond } from "@/lib/api/respond";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";

/** Logs an update from JSON, with the same schema and the same authorization as the form. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const accepted = await acceptJsonWrite(request, logUpdateSchema);
  if ("response" in accepted) return accepted.response;
  return respond(async () => {
    const update = await logUpdate(accepted.actor, id, accepted.input);
    after(() => keepFirstCopiesForUpdate(update.id));
    return { id: update.id };
  }, 201);
}
