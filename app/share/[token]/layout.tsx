import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ShareBanner } from "@/components/share/share-banner";
import { resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Public, read-only shell: nothing from the workspace layout (no navigation, no account). */
export default async function ShareLayout({ children, params }: { children: ReactNode; params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveShareLink(token);
  if (!link) notFound();
  return (
    <>
      <ShareBanner link={link} feedHref={paths.shareFeed(token)} changesFeedHref={paths.shareChangesFeed(token)} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      {/* The label names the link in the sharer's own list; the recipient never sees it. */}
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-600">Shared read-only from Parley</footer>
    </>
  );
}
