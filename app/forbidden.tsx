import { NotAllowed } from "@/components/not-allowed";

/** What `forbidden()` renders, with status 403, when a role may read a page's subject but not change it. */
export default function Forbidden() {
  return (
    <main id="main" className="px-4 py-16">
      <NotAllowed />
    </main>
  );
}
