import { after, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { respond, validationError } from "@/lib/api/respond";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { logUpdate } from "@/lib/updates/log-update";
import { logUpdateSchema } from "@/lib/validation/update";

/** Logs an update from JSON, with the same schema and the same authorization as the form. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body: unknown = await request.json().catch(() => null);
  const parsed = logUpdateSchema.safeParse(body ?? {});
  if (!parsed.success) return validationError(parsed.error);
  return respond(async () => {
    const update = await logUpdate(await getActor(), id, parsed.data);
    after(() => keepFirstCopiesForUpdate(update.id));
    return { id: update.id };
  }, 201);
}
