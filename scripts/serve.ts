// The production app server that `npm start` and the end-to-end tests run: Next.js's request handler
// behind a plain node:http server. It exists for one reason `next start` cannot serve: the client's
// address. `next start` keeps any X-Forwarded-For a client sends, so a stranger could pick the
// address that sign-in throttling and share-link limits count against. Here the header is replaced,
// on every request, by the one address TRUST_PROXY_HOPS says to believe (lib/http/client-address.ts).
//   tsx scripts/serve.ts --port 3000 [--host 127.0.0.1]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { serverEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, host: { type: "string" } } });
const port = Number(values.port);
const host = values.host;

async function main() {
  const { TRUST_PROXY_HOPS: trustedHops } = serverEnv();
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

main().catch((error: unknown) => {
  console.error(`[parley] the app server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
