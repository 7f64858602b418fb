import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/components/forms/accept-invitation-form";
import { findUsableInvitation } from "@/lib/users/accept-invitation";
import { ROLE_NAMES } from "@/lib/validation/account";
import { acceptInvitationAction } from "./actions";

export const metadata = { title: "Accept invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findUsableInvitation(token);
  if (!invitation) notFound();
  return (
    <>
      <h1 className="text-xl font-semibold">Join Parley</h1>
      <p className="mb-4 mt-1 text-sm text-slate-600">
        You are invited as {ROLE_NAMES[invitation.role]} with <strong>{invitation.email}</strong>.
      </p>
      <AcceptInvitationForm action={acceptInvitationAction.bind(null, token)} />
    </>
  );
}
