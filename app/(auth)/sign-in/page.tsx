import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { getActor } from "@/lib/auth/actor";
import { DEMO_ANALYST } from "@/lib/auth/demo-accounts";
import { oauthProviderList } from "@/lib/auth/options";
import { DATABASE_UNAVAILABLE, whenDatabaseAnswers } from "@/lib/db/health";
import { isDemoMode } from "@/lib/env";
import { safeCallbackPath } from "@/lib/http/safe-redirect";
import { hasAdministrator } from "@/lib/users/queries";
import { paths } from "@/lib/paths";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect would let a phishing link bounce through Parley.
  const target = safeCallbackPath(callbackUrl);
  if (await getActor()) redirect(target);
  const hasAdmin = await whenDatabaseAnswers(hasAdministrator());
  if (hasAdmin === DATABASE_UNAVAILABLE) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Parley is unavailable right now: it cannot reach its database, so no one can sign in. Nothing you saved is lost. Try again in a minute; if this lasts,
          tell whoever runs Parley.
        </p>
      </>
    );
  }
  const [needsSetup, providers] = [!hasAdmin, oauthProviderList()];
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {isDemoMode() ? (
        <div className="mb-4 rounded-md bg-sky-50 p-3 text-sm text-sky-900" role="note">
          <p className="font-medium">Demo mode</p>
          <p>
            Analyst account: <code>{DEMO_ANALYST.email}</code> / <code>{DEMO_ANALYST.password}</code>
          </p>
        </div>
      ) : null}
      <SignInForm callbackUrl={target} providers={providers} />
      {needsSetup ? (
        <p className="mt-4 text-sm text-slate-600">
          No administrator yet? <Link href={paths.setup()}>Set up Parley</Link>.
        </p>
      ) : null}
    </>
  );
}
