import { redirect } from "next/navigation";
import { SetupForm } from "@/components/forms/setup-form";
import { hasAdministrator } from "@/lib/users/queries";
import { setupAction } from "./actions";
import { paths } from "@/lib/paths";

export const metadata = { title: "Set up Parley" };

/** One-time page: only while no administrator exists. */
export default async function SetupPage() {
  if (await hasAdministrator()) redirect(paths.signIn());
  return (
    <>
      <h1 className="text-xl font-semibold">Set up Parley</h1>
      <p className="mb-4 mt-1 text-sm text-slate-600">Create the first administrator. This page disappears once one exists.</p>
      <SetupForm action={setupAction} />
    </>
  );
}
