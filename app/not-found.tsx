import Link from "next/link";
import { paths } from "@/lib/paths";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Nothing here</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or the link is no longer valid.</p>
      <p className="mt-6">
        <Link href={paths.home()}>Go to Parley</Link>
      </p>
    </main>
  );
}
