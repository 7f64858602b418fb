import Link from "next/link";
import { paths } from "@/lib/paths";

export function NotAllowed() {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-amber-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">You can read this, not change it</h1>
      <p className="mt-2 text-slate-600">Your role does not allow this change. Ask an administrator if you need it.</p>
      <p className="mt-4">
        <Link href={paths.home()}>Back to Parley</Link>
      </p>
    </div>
  );
}
