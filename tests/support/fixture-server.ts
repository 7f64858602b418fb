import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

export type FixtureRoute = { status?: number; headers?: Record<string, string>; body?: string | Buffer; gzip?: boolean; delayMs?: number };

/**
 * A local web server the tests start, serving article pages from a table they can change while it
 * runs: the fetcher's tests never leave the machine.
 */
export async function startFixtureServer(port = 0) {
  const routes = new Map<string, FixtureRoute>();
  const server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "/");
    if (!route) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    const send = () => {
      const raw = route.body ?? "";
      const body = route.gzip ? zlib.gzipSync(raw) : raw;
      res.writeHead(route.status ?? 200, {
        "content-type": "text/html; charset=utf-8",
        ...(route.gzip ? { "content-encoding": "gzip" } : {}),
        ...route.headers,
      });
      res.end(body);
    };
    if (route.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: (path: string) => `http://127.0.0.1:${actualPort}${path}`,
    set: (path: string, route: FixtureRoute) => routes.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
