import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { RouteFocus } from "@/components/route-focus";
import { Toaster } from "@/components/toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parley", template: "%s · Parley" },
  description: "Track the issues on the table in peace negotiations.",
};

// Every page reads live data; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        {children}
        <Suspense>
          <Toaster />
          <RouteFocus />
        </Suspense>
      </body>
    </html>
  );
}
