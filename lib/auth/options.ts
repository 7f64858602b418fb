import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { DATABASE_UNAVAILABLE, whenDatabaseAnswers } from "@/lib/db/health";
import { serverEnv } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/client-address";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { endSession, startSession } from "@/lib/auth/sessions";
import { auditSignIn } from "@/lib/auth/sign-in-audit";
import { recordSignInFailure, recordSignInSuccess, signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { signInSchema } from "@/lib/validation/account";
import { paths } from "@/lib/paths";

// Verified against when the account does not exist, so a wrong email costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

function oauthProviders(): OAuthConfig<Record<string, unknown>>[] {
  const env = serverEnv();
  const providers: OAuthConfig<Record<string, unknown>>[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }) as unknown as OAuthConfig<Record<string, unknown>>);
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }) as unknown as OAuthConfig<Record<string, unknown>>,
    );
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile) => ({
        id: String(profile.sub),
        name: [profile.name, profile.preferred_username, profile.email].find((value): value is string => typeof value === "string") ?? "",
        email: typeof profile.email === "string" ? profile.email : "",
      }),
    });
  }
  return providers;
}

/** The configured OAuth/OIDC providers, for the sign-in page's buttons. */
export function oauthProviderList(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
    pages: { signIn: paths.signIn(), error: paths.signIn() },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const address = clientAddressOf(request?.headers as Record<string, unknown> | undefined);
          const waitSeconds = await whenDatabaseAnswers(signInWaitSeconds(email, address));
          // Not "wrong password" when the truth is that nothing can be checked.
          if (waitSeconds === DATABASE_UNAVAILABLE) throw new Error("ServiceUnavailable");
          if (waitSeconds > 0) {
            await auditSignIn("auth.signInThrottled", { userId: null, email, address, waitSeconds });
            throw new Error("TooManyAttempts");
          }
          const user = await db().user.findUnique({ where: { email } });
          const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
          if (!user || !user.isActive || !user.passwordHash || !isValid) {
            await recordSignInFailure(email, address);
            await auditSignIn("auth.signInFailed", { userId: user?.id ?? null, email, address });
            return null;
          }
          await recordSignInSuccess(email, address);
          await auditSignIn("auth.signIn", { userId: user.id, email, address });
          return { id: user.id, name: user.name, email: user.email };
        },
      }),
      ...oauthProviders(),
    ],
    events: {
      // The cookie may outlive this moment (copied, or left in another tab): the session does not.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
    callbacks: {
      // next-auth's own check lets "/.//host" through; only our own paths leave sign-in and sign-out.
      redirect({ url, baseUrl }) {
        const local = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${safeRedirectPath(local)}`;
      },
      // OAuth/OIDC sign-in only for people who already have an active account (invited by email).
      async signIn({ user, account, profile }) {
        if (account?.provider === "credentials") return true;
        // An address the provider has not verified proves nothing about who signs in.
        if (account?.provider !== "github" && (profile as { email_verified?: unknown } | undefined)?.email_verified !== true) return false;
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const existing = await db().user.findUnique({ where: { email } });
        return Boolean(existing?.isActive);
      },
      async jwt({ token, user }) {
        if (user) {
          const account = await db().user.update({
            where: { email: (user.email ?? "").toLowerCase() },
            data: { lastSignInAt: new Date() },
            select: { id: true, sessionVersion: true },
          });
          token.uid = account.id;
          token.sv = account.sessionVersion;
          token.sid = await startSession(account.id);
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          session.user.id = typeof token.uid === "string" ? token.uid : "";
          session.user.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
          session.user.sessionId = typeof token.sid === "string" ? token.sid : "";
        }
        return session;
      },
    },
  };
}
