import Link from "next/link";
import type { ReactNode } from "react";
import { KeyboardShortcuts } from "@/components/keyboard-shortcuts";
import { SiteSearch } from "@/components/search/site-search";
import { SignOutButton } from "@/components/sign-out-button";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ROLE_NAMES } from "@/lib/validation/account";
import { paths } from "@/lib/paths";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const actor = await requireActorOrRedirect();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={paths.home()} className="text-lg font-bold text-slate-900 no-underline">
            Parley
          </Link>
          <Link href={paths.negotiations()} className="text-sm text-slate-700">
            Negotiations
          </Link>
          <Link href={paths.sources()} className="text-sm text-slate-700">
            Sources
          </Link>
          <Link href={paths.activity()} className="text-sm text-slate-700">
            Activity
          </Link>
          {can(actor.role, "user.manage") ? (
            <Link href={paths.users()} className="text-sm text-slate-700">
              Users
            </Link>
          ) : null}
          <SiteSearch />
          <span className="ml-auto flex items-center gap-3 text-sm text-slate-600">
            <KeyboardShortcuts />
            <Link href={paths.account()} className="text-slate-700">
              {actor.name} <span className="text-slate-600">({ROLE_NAMES[actor.role]})</span>
            </Link>
            <SignOutButton />
          </span>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
