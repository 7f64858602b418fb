import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";

const MARK = "/* prepared */";

/**
 * Put first in a raw statement that runs on nearly every request (the token check, the timeline
 * page): PostgreSQL then parses and plans it once per connection instead of on every call. Only
 * marked statements are kept, so the per-connection cache stays as small as the set of marked texts
 * (a statement whose text varies, like an IN list of any length, would make it grow without end).
 */
export const PREPARED = Prisma.raw(MARK);

/** For the driver adapter: a stable name for a marked statement, "" (unnamed) for any other. */
export function preparedStatementName(sql: string): string {
  return sql.startsWith(MARK) ? `parley_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}` : "";
}
