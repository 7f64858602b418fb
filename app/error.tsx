"use client";

import { ErrorPanel } from "@/components/error-panel";

/** For pages outside the workspace (sign-in, set-up, invitations, share links). */
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="px-4 py-16">
      <ErrorPanel {...props} />
    </main>
  );
}
