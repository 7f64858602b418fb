import "server-only";
import { headers } from "next/headers";
import { serverEnv } from "@/lib/env";

/**
 * The app's public base URL for links people copy elsewhere (share links, invitations): the
 * configured NEXTAUTH_URL, else what the browser used to reach us.
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = serverEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
  return `${protocol}://${host}`;
}
