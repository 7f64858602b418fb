import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";

/** Maps a route handler's outcome to JSON: AppErrors by code, zod errors to 422, the rest to 500. */
export async function respond(handler: () => Promise<unknown>, successStatus = 200): Promise<NextResponse> {
  try {
    return NextResponse.json(await handler(), { status: successStatus });
  } catch (error) {
    if (isAppError(error)) {
      return NextResponse.json({ error: error.message, code: error.code, fieldErrors: error.fieldErrors }, { status: HTTP_STATUS[error.code] });
    }
    console.error(error);
    return NextResponse.json({ error: "Internal error", code: "INTERNAL" }, { status: 500 });
  }
}

export function validationError(error: z.ZodError): NextResponse {
  return NextResponse.json({ error: "Invalid input", code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(error) }, { status: 422 });
}
