// Rendered share pages, served again while nothing they show has changed. Share links face
// unauthenticated bursts (a link posted in a group chat), and every visitor of a link sees the same
// page, so rendering it once per change instead of once per visit is what lets the app server keep
// up. Served again only after, on that very request:
// - the link is looked up and still works (revocation and expiry take effect at once);
// - the fingerprint of what the page is drawn from (sharePageFingerprint) is what it was when the
//   page was rendered: a logged update, an edited position or a renamed party shows at once;
// - the page is younger than MAX_AGE_MS, for what the fingerprint does not see (a source renamed in
//   the library, the time spent in the current status);
// - the visitor is within the share-link rate limit, as proxy.ts checks before any share route.
// Each answer gets a fresh CSP nonce, written into the headers and everywhere the page carries it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { BoundedCache } from "@/lib/bounded-cache";
import type { RateLimitResult } from "@/lib/rate-limit";
import type { SharePageState } from "@/lib/share-links/share-page-fingerprint";

const gzip = promisify(gzipCallback);

/** How long a rendered page may be served again at most, whatever the fingerprint says. */
export const MAX_AGE_MS = 5_000;
/** At most 8 MB of pages, whatever the number of links and query strings asked for. */
const BUDGET_BYTES = 8_000_000;
/** What is kept: a link's page, its issues' pages and its feeds. Search and Next's data requests are not. */
const CACHEABLE_PATH = /^\/share\/([^/?]+)(?:\/issues\/[^/?]+|\/feed\.xml|\/changes\.xml)?\/?(?:\?|$)/;
/** Request headers Next.js answers with something other than the page's HTML. */
const NEXT_DATA_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];
/** Response headers that belong to one answer, not to the page. */
const PER_ANSWER_HEADERS = new Set(["date", "content-length", "transfer-encoding", "connection", "keep-alive", "etag"]);
/** React's mark of a Suspense boundary that failed on the server: that page is not kept. */
const SERVER_ERROR_MARK = "<!--$!-->";
const NONCE_IN_CSP = /'nonce-([^']+)'/;

interface KeptPage {
  /** The page split where its nonce was: written out again around a fresh one. */
  parts: Buffer[];
  /** Headers as Next.js sent them, each value split at the nonce the same way (the CSP carries it). */
  headers: [string, string[] | string[][]][];
  fingerprint: string;
  renderedAt: number;
}

export interface SharePageCacheOptions {
  state: (token: string) => Promise<SharePageState | null>;
  rateLimit: (request: IncomingMessage) => Promise<RateLimitResult>;
  refuseRateLimited: (response: ServerResponse, retryAfterSeconds: number) => void;
  recordOpen: (linkId: string) => void;
  newNonce: () => string;
  now?: () => number;
  maxAgeMs?: number;
  budgetBytes?: number;
}

export interface SharePageCache {
  /**
   * Answers a share page from what is kept, or calls `render` to have Next.js answer it, keeping
   * that answer when it can be served again.
   */
  handle(request: IncomingMessage, response: ServerResponse, render: () => void): Promise<void>;
  readonly size: number;
}

export function createSharePageCache(options: SharePageCacheOptions): SharePageCache {
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? MAX_AGE_MS;
  const kept = new BoundedCache<KeptPage>(options.budgetBytes ?? BUDGET_BYTES);

  return {
    async handle(request, response, render) {
      const token = cacheableToken(request);
      if (!token) return render();
      // Feeds spell out absolute links from the address the request came to (lib/public-url.ts).
      const key = [request.url, request.headers.host, request.headers["x-forwarded-host"], request.headers["x-forwarded-proto"]].join(" ");
      const page = kept.get(key);
      let state: SharePageState | null;
      try {
        state = await options.state(token);
      } catch {
        return render(); // The database did not answer: the page itself says so.
      }
      if (!state) {
        kept.delete(key);
        return render(); // Not found, as Next.js tells it.
      }
      if (page && page.fingerprint === state.fingerprint && now() - page.renderedAt < maxAgeMs) {
        let limit: RateLimitResult;
        try {
          limit = await options.rateLimit(request);
        } catch {
          return render();
        }
        if (!limit.isAllowed) return options.refuseRateLimited(response, limit.retryAfterSeconds);
        options.recordOpen(state.linkId);
        return serve(page, request, response, options.newNonce());
      }
      kept.delete(key);
      keepWhenRendered(request, response, state.fingerprint, now(), (rendered) => kept.set(key, rendered, sizeOf(rendered)));
      render();
    },
    get size() {
      return kept.size;
    },
  };
}

/** The token of a plain page request for a share link's page, else null. */
export function cacheableToken(request: IncomingMessage): string | null {
  if (request.method !== "GET") return null;
  const match = CACHEABLE_PATH.exec(request.url ?? "");
  if (!match || /[?&]_rsc=/.test(request.url!)) return null;
  if (NEXT_DATA_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  return match[1]!;
}

/**
 * Has the answer Next.js is about to write copied as it goes, and kept once it has all gone out:
 * only a whole 200 HTML page or Atom feed, without cookies, and not compressed (the request is asked of Next.js
 * without Accept-Encoding, so the page can be split at its nonce; compression is done here).
 */
function keepWhenRendered(request: IncomingMessage, response: ServerResponse, fingerprint: string, renderedAt: number, keep: (page: KeptPage) => void) {
  delete request.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  let headersGiven: Record<string, string | string[]> = {};
  const copy = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array),
    );
  };
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = (...args: unknown[]) => {
    const given = args.find((argument) => argument !== null && typeof argument === "object");
    if (given && !Array.isArray(given)) headersGiven = given as Record<string, string | string[]>;
    return writeHead(...args);
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    copy(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    copy(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as typeof response.end;
  response.once("finish", () => {
    const headers = { ...lowerCased(headersGiven), ...lowerCased(response.getHeaders()) };
    if (response.statusCode !== 200 || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return;
    const type = String(headers["content-type"] ?? "");
    const nonce = NONCE_IN_CSP.exec(String(headers["content-security-policy"] ?? ""))?.[1];
    const body = Buffer.concat(chunks);
    if (!nonce) return;
    if (type.startsWith("text/html") ? body.includes(SERVER_ERROR_MARK) : !type.startsWith("application/atom+xml")) return;
    keep({
      parts: splitAt(body, Buffer.from(nonce)),
      headers: Object.entries(headers)
        .filter(([name]) => !PER_ANSWER_HEADERS.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value.map((one) => one.split(nonce)) : value.split(nonce)]),
      fingerprint,
      renderedAt,
    });
  });
}

async function serve(page: KeptPage, request: IncomingMessage, response: ServerResponse, nonce: string) {
  for (const [name, value] of page.headers) {
    response.setHeader(name, typeof value[0] === "string" ? (value as string[]).join(nonce) : (value as string[][]).map((one) => one.join(nonce)));
  }
  const fresh = Buffer.from(nonce);
  if (!/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    // Written piece by piece, in one go: no copy of the page per answer.
    response.setHeader("content-length", page.parts.reduce((sum, part) => sum + part.length, 0) + fresh.length * (page.parts.length - 1));
    response.writeHead(200);
    response.cork();
    page.parts.forEach((part, index) => (index === 0 ? response.write(part) : (response.write(fresh), response.write(part))));
    response.uncork();
    response.end();
    return;
  }
  const body = await gzip(Buffer.concat(page.parts.flatMap((part, index) => (index === 0 ? [part] : [fresh, part]))));
  const vary = String(response.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) response.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  response.setHeader("content-encoding", "gzip");
  response.setHeader("content-length", body.length);
  response.writeHead(200).end(body);
}

/** `buffer` cut at each occurrence of `separator`, which is left out. */
function splitAt(buffer: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = buffer.indexOf(separator); at !== -1; at = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(buffer.subarray(start));
  return parts;
}

function lowerCased(headers: Record<string, string | string[] | number | undefined>): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) result[name.toLowerCase()] = typeof value === "number" ? String(value) : value;
  return result;
}

function sizeOf(page: KeptPage): number {
  return page.parts.reduce((sum, part) => sum + part.length, 0);
}
