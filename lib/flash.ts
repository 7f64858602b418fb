import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, flashSchema, type Flash } from "@/lib/flash-message";

/**
 * Queues a confirmation ("Update logged.") for the page the action leads to. The cookie is short
 * lived and read once by the toaster; it holds no secret, so scripts may read and clear it.
 */
export async function flash(message: Flash["message"], undo?: Flash["undo"]): Promise<void> {
  const value = flashSchema.parse({ message, undo });
  // Next.js URL-encodes cookie values itself.
  (await cookies()).set(FLASH_COOKIE, JSON.stringify(value), {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    httpOnly: false,
  });
}
