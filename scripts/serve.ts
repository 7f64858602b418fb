// The production app server that `npm start` and the end-to-end tests run: Next.js's request handler
// behind a plain node:http server, for two things `next start` cannot do:
// - The client's address. `next start` keeps any X-Forwarded-For a client sends, so a stranger could
//   pick the address that sign-in throttling and share-link limits count against. Here the header is
//   replaced, on every request, by the one address TRUST_PROXY_HOPS says to believe
//   (lib/http/client-address.ts).
// - 503 while PostgreSQL is down. A page cannot set its own status; here, while the database does
//   not answer, pages and API answers that would be 200 or 5xx go out as 503 with Retry-After, so
//   monitors and load balancers see "unavailable", not "broken" (lib/db/availability-watch.ts).
//   tsx scripts/serve.ts --port 3000 [--host 127.0.0.1]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { watchDatabase } from "@/lib/db/availability-watch";
import { serverEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, host: { type: "string" } } });
const port = Number(values.port);
const host = values.host;

async function main() {
  const { TRUST_PROXY_HOPS: trustedHops, DATABASE_URL } = serverEnv();
  const database = watchDatabase(DATABASE_URL);
  const app = next({ dev: false, hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
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
    void handle(request, response);
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
