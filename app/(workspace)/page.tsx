import { redirect } from "next/navigation";
import { listNegotiations } from "@/lib/negotiations/queries";

/** With a single negotiation the dashboard is home; otherwise the list is. */
export default async function Home() {
  const negotiations = await listNegotiations();
  redirect(negotiations.length === 1 && negotiations[0] ? `/negotiations/${negotiations[0].slug}` : "/negotiations");
}
