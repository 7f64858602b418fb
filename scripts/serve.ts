// The production app server that `npm start` and the end-to-end tests run: Next.js's request handler
// behind a plain node:http server, for two things `next start` cannot do:
// - The client's address. `next start` keeps any X-Forwarded-For a client sends, so a stranger could
//   pick the address that sign-in throttling and share-link limits count against. Here the header is
//   replaced, on every request, by the one address TRUST_PROXY_HOPS says to believe
//   (lib/http/client-address.ts).
// - 503 while PostgreSQL is down. A page cannot set its own status; here, while the database does
//   not answer, pages and API answers that would be 200 or 5xx go out as 503 with Retry-After, so
//   monitors and load balancers see "unavailable", not "broken" (lib/db/availability-watch.ts).
// - A bound on the work in hand: Next.js keeps rendering for clients that have gone, so under
//   overload with clients that time out and retry, renders would pile up until the heap runs out.
//   At most MAX_IN_FLIGHT reads (GET, HEAD) are worked on, MAX_WAITING wait, and the rest get 503.
// - Share pages served again while nothing on them has changed (lib/share-links/share-page-cache.ts):
//   they face bursts of visitors who all see the same page.
//   tsx scripts/serve.ts --port 3000 [--host 127.0.0.1]
import "./lib/without-source-maps";
import "./lib/allow-server-only";
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { watchDatabase } from "@/lib/db/availability-watch";
import { serverEnv } from "@/lib/env";
import { createAdmission } from "@/lib/http/admission";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";
import { FORM_BODY_LIMIT_BYTES, KNOWN_METHODS, malformedMultipartReason } from "@/lib/http/request-rules";

/**
 * Requests Next.js works on at once, and requests that may wait for a turn (see lib/http/admission.ts).
 * Two cores render a few pages at a time; more at once only holds more memory and slows each one.
 * Under the mixed load of `npm run bench -- --http --memory`, 32 at once served 14 requests a second
 * and ran out of heap in two minutes; 8 served 39 a second and held. Beyond MAX_WAITING a page would
 * wait seconds anyway, so further requests get 503 with Retry-After at once.
 */
const MAX_IN_FLIGHT = 8;
const MAX_WAITING = 512;
const READS = new Set(["GET", "HEAD"]);

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, host: { type: "string" } } });
const port = Number(values.port);
const host = values.host;

async function main() {
  const { TRUST_PROXY_HOPS: trustedHops, DATABASE_URL, NEXTAUTH_URL } = serverEnv();
  const database = watchDatabase(DATABASE_URL);
  await database.ready;
  const app = next({ dev: false, hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const admission = createAdmission({ maxInFlight: MAX_IN_FLIGHT, maxQueued: MAX_WAITING });
  // Loaded now, not above: it uses the app's server-only modules (see ./lib/share-pages.ts).
  const { createSharePages } = await import("./lib/share-pages");
  const sharePages = createSharePages({ isHttps: NEXTAUTH_URL?.startsWith("https:") ?? false });
  const server = createServer((request, response) => {
    // Node's parser accepts TRACE, CONNECT and the like; Next.js answers them with a 500.
    if (!KNOWN_METHODS.has(request.method ?? "")) {
      // Closed after answering: whatever body such a request carried is not read as the next request.
      response
        .writeHead(405, { Allow: [...KNOWN_METHODS].join(", "), "Content-Type": "text/plain; charset=utf-8", Connection: "close" })
        .end(`${request.method} is not supported.`);
      return;
    }
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers[CLIENT_ADDRESS_HEADER],
      trustedHops,
    });
    if (trustedHops === 0) {
      // Without a trusted proxy, the scheme and host a client claims are not believed either.
      delete request.headers["x-forwarded-host"];
      delete request.headers["x-forwarded-proto"];
      delete request.headers["x-forwarded-port"];
    }
    answerUnavailableWhileDatabaseIsDown(request, response, database);
    const work = () =>
      isPageFormPost(request)
        ? checkedFormPost(request, response).then((replayed) => (replayed ? handle(replayed, response) : undefined))
        : handle(request, response);
    const path = request.url ?? "/";
    // Only reads take a turn: they are what renders pile up from, and a write whose body trickles in
    // must not hold a slot others wait for.
    if (!READS.has(request.method ?? "") || path.startsWith("/_next/static/") || path.startsWith("/api/health")) {
      void work();
      return;
    }
    // A slot is held until Next.js is done with the request and the response is closed, whichever
    // comes last: a render goes on after its client has gone. Listened for now, on arrival: a share
    // page first looks its link up, and a client that leaves meanwhile must not hold a slot forever.
    const closed = new Promise((resolve) => response.once("close", resolve));
    // A share page kept from an earlier visit is served without a turn: it costs two lookups.
    void sharePages.handle(request, response, () => {
      admission.run(() => Promise.all([work(), closed]), {
        isGone: () => request.socket.destroyed,
        // A prefetch (Next.js fetching a linked page in case it is clicked) waits behind pages asked for.
        deferrable: request.headers["next-router-prefetch"] !== undefined,
        refuse: () => {
          response
            .writeHead(503, { "Retry-After": "5", "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" })
            .end("The server is busy. Try again in a few seconds.");
        },
      });
    });
  });
  server.listen(port, host, () => console.log(`▲ Parley ready on http://${host?.includes(":") ? `[${host}]` : (host ?? "localhost")}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** A multipart form posted to a page: a server action, or a form submitted before JavaScript ran. */
function isPageFormPost(request: IncomingMessage): boolean {
  return request.method === "POST" && !request.url?.startsWith("/api/") && /^multipart\/form-data\b/i.test(request.headers["content-type"] ?? "");
}

/**
 * Reads a page's multipart form (at most FORM_BODY_LIMIT_BYTES) and checks its framing, answering
 * 413 or 400 itself; Next.js's parser would fail with a 500. A sound body is handed on as a fresh
 * request carrying the same bytes.
 */
async function checkedFormPost(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | null> {
  const refuse = (status: 400 | 413, message: string) => {
    response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end(message);
    return null;
  };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > FORM_BODY_LIMIT_BYTES) return refuse(413, "The form is larger than any form here accepts.");
      chunks.push(chunk);
    }
  } catch {
    return null; // The client went away mid-body: there is no one to answer.
  }
  const body = Buffer.concat(chunks);
  const problem = malformedMultipartReason(request.headers["content-type"] ?? "", body);
  if (problem) return refuse(400, problem);
  const replay = new IncomingMessage(request.socket);
  Object.assign(replay, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    complete: true,
  });
  replay.push(body);
  replay.push(null);
  return replay;
}

/** Health (which reports the outage itself) and static files are left as they are. */
function answerUnavailableWhileDatabaseIsDown(request: IncomingMessage, response: ServerResponse, database: ReturnType<typeof watchDatabase>) {
  const path = request.url ?? "/";
  if (path.startsWith("/_next/static/") || path.startsWith("/api/health")) return;
  const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
  response.writeHead = (status: number, ...rest: unknown[]) => {
    if (status >= 500) void database.checkNow();
    if (database.isDown() && (status === 200 || status >= 500)) {
      response.setHeader("Retry-After", "30");
      response.setHeader("Cache-Control", "no-store");
      // Drop a status message meant for the original code ("Internal Server Error").
      return writeHead(503, ...rest.filter((argument) => typeof argument !== "string"));
    }
    return writeHead(status, ...rest);
  };
}

main().catch((error: unknown) => {
  console.error(`[parley] the app server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
