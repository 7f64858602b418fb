import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id: string; sessionVersion: number; sessionId: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** The server-side session (UserSession) this cookie belongs to. */
    sid?: string;
  }
}
