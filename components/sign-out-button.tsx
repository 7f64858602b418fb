"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { paths } from "@/lib/paths";

export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);
  return (
    <button
      type="button"
      disabled={isPending}
      aria-busy={isPending}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: paths.signIn() });
      }}
      className="text-sm text-slate-700 underline-offset-2 hover:underline disabled:cursor-wait disabled:opacity-70"
    >
      {isPending ? "Signing out…" : "Sign out"}
    </button>
  );
}
