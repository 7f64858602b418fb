import { publicBaseUrl } from "@/lib/public-url";
import { sharedFeed } from "@/lib/share-links/feed";
import { recordShareLinkOpened, resolveShareLink } from "@/lib/share-links/resolve-share-link";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveShareLink(token);
  if (!link) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  recordShareLinkOpened(link.id);
  const xml = await sharedFeed(link, await publicBaseUrl(), token);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
