import { redirect } from "next/navigation";
import { listNegotiations } from "@/lib/negotiations/queries";
import { paths } from "@/lib/paths";

/** With a single negotiation the dashboard is home; otherwise the list is. */
export default async function Home() {
  const negotiations = await listNegotiations();
  redirect(negotiations.length === 1 && negotiations[0] ? paths.negotiation(negotiations[0]) : paths.negotiations());
}
