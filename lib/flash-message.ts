import { z } from "zod";

/** The cookie that carries a one-time confirmation from a server action to the next page. */
export const FLASH_COOKIE = "parley-flash";

/** Undo actions cheap enough to offer in a confirmation; each maps to one server action. */
export const UNDO_KINDS = ["update.restore"] as const;

export const undoSchema = z.object({ kind: z.enum(UNDO_KINDS), id: z.string().min(1).max(100) });

export const flashSchema = z.object({
  message: z.string().min(1).max(300),
  undo: undoSchema.optional(),
});

export type Flash = z.infer<typeof flashSchema>;

/** Reads a flash cookie value; anything malformed is ignored, never shown. */
export function parseFlash(raw: string | undefined): Flash | null {
  if (!raw) return null;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(decodeURIComponent(raw)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
