import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import zlib from "node:zlib";
import { ipLiteral, isPublicAddress } from "./address-policy";

export const FETCH_LIMITS = { timeoutMs: 5_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 } as const;

const ACCEPTED_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];
const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

export type FetchedPage = {
  ok: true;
  /** The URL as requested, and where the redirects (if any) ended. */
  requestedUrl: string;
  finalUrl: string;
  redirects: string[];
  status: number;
  contentType: string;
  body: string;
  fetchedAt: Date;
};

export type FetchRefusalCode = "invalid-url" | "blocked" | "too-many-redirects" | "timeout" | "too-large" | "not-html" | "http-error" | "network";

export type FetchRefusal = {
  ok: false;
  code: FetchRefusalCode;
  /** A sentence fit to show the analyst. */
  message: string;
  /** For http-error: the status the server answered with (404, 410, …). */
  status?: number;
  finalUrl?: string;
};

export type FetchPageOptions = {
  /**
   * Loopback ports this call may reach despite the guard. Only for the test suites' local fixture
   * server: it admits 127.0.0.1 and ::1 on exactly these ports and nothing else (never a private
   * network, never link-local or metadata addresses). Production code passes the value from
   * `fetchGuardAllowance()`, which is empty unless the test-only variable is set.
   */
  allowLoopbackPorts?: readonly number[];
  timeoutMs?: number;
  maxBytes?: number;
  /** The DNS resolver; tests substitute one that answers with hostile addresses. */
  resolveHost?: (hostname: string) => Promise<{ address: string; family: number }[]>;
};

class Refusal extends Error {
  constructor(
    readonly code: FetchRefusalCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * Fetches a page named by a user-supplied URL without letting that URL reach anything inside our
 * own network: every hop's host is resolved and each address checked, and the connection goes to
 * the checked address (a second DNS answer cannot swap it for a private one).
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage | FetchRefusal> {
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const redirects: string[] = [];
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const target = await checkUrl(current, options);
      const response = await request(target, controller.signal, options.maxBytes ?? FETCH_LIMITS.maxBytes);
      if (response.status >= 300 && response.status < 400 && response.location) {
        if (hop >= FETCH_LIMITS.maxRedirects) throw new Refusal("too-many-redirects", `Gave up after ${FETCH_LIMITS.maxRedirects} redirects.`);
        current = new URL(response.location, target.url).toString();
        redirects.push(current);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        return {
          ok: false,
          code: "http-error",
          status: response.status,
          finalUrl: current,
          message: `The site answered ${response.status}${response.status === 404 || response.status === 410 ? " (the page is gone)" : ""}.`,
        };
      }
      return {
        ok: true,
        requestedUrl: url,
        finalUrl: current,
        redirects,
        status: response.status,
        contentType: response.contentType,
        body: response.body,
        fetchedAt: new Date(),
      };
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, code: error.code, message: error.message, status: error.status, finalUrl: current };
    if (controller.signal.aborted) return { ok: false, code: "timeout", message: `The site did not answer within ${timeoutMs / 1000} s.`, finalUrl: current };
    return { ok: false, code: "network", message: `Could not reach the site (${networkReason(error)}).`, finalUrl: current };
  } finally {
    clearTimeout(timer);
  }
}

type CheckedTarget = { url: URL; address: string; family: 4 | 6 };

async function checkUrl(raw: string, options: FetchPageOptions): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Refusal("invalid-url", "That is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Refusal("blocked", "Only http and https addresses can be fetched.");
  if (url.username || url.password) throw new Refusal("blocked", "Addresses with a user name or password are not fetched.");
  const port = url.port || DEFAULT_PORTS[url.protocol]!;
  const allowedLoopback = (options.allowLoopbackPorts ?? []).includes(Number(port));
  if (url.port && url.port !== DEFAULT_PORTS[url.protocol] && !allowedLoopback) {
    throw new Refusal("blocked", `Only the standard web ports are fetched (not :${url.port}).`);
  }
  const literal = ipLiteral(url.hostname);
  const addresses = literal ? [{ address: literal, family: literal.includes(":") ? 6 : 4 }] : await resolve(url.hostname, options.resolveHost ?? systemResolve);
  for (const { address } of addresses) {
    if (!isPublicAddress(address) && !(allowedLoopback && isLoopback(address))) {
      throw new Refusal("blocked", `${url.hostname} points into a private or reserved network (${address}); such addresses are never fetched.`);
    }
  }
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}

const systemResolve = (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true });

async function resolve(hostname: string, resolveHost: NonNullable<FetchPageOptions["resolveHost"]>) {
  try {
    const found = await resolveHost(hostname);
    if (found.length === 0) throw new Error("no address");
    return found;
  } catch {
    throw new Refusal("network", `The name ${hostname} does not resolve.`);
  }
}

function isLoopback(address: string) {
  return address === "127.0.0.1" || address === "::1";
}

type RawResponse = { status: number; location?: string; contentType: string; body: string };

function request(target: CheckedTarget, signal: AbortSignal, maxBytes: number): Promise<RawResponse> {
  // Hands the connection the address we checked, whatever the resolver would say now.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolvePromise, reject) => {
    const req = client.request(
      target.url,
      {
        method: "GET",
        lookup: pinned,
        signal,
        headers: {
          "user-agent": "Parley/1.0 (source metadata; +https://github.com/parley)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.8",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          resolvePromise({ status, location: res.headers.location, contentType: "", body: "" });
          return;
        }
        const contentType = (res.headers["content-type"] ?? "").toLowerCase();
        if (status >= 200 && status < 300 && !ACCEPTED_TYPES.some((type) => contentType.startsWith(type))) {
          res.destroy();
          reject(new Refusal("not-html", `The address serves ${contentType.split(";")[0] || "an unknown type"}, not a web page.`));
          return;
        }
        const declared = Number(res.headers["content-length"]);
        if (declared > maxBytes) {
          res.destroy();
          reject(tooLarge(maxBytes));
          return;
        }
        const unzip = decoder(res.headers["content-encoding"]);
        const stream = unzip ? res.pipe(unzip) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        // Counted after decompression, so a small compressed bomb cannot fill memory.
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            res.destroy();
            stream.destroy();
            reject(tooLarge(maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        stream.on("end", () => resolvePromise({ status, contentType, body: decodeText(Buffer.concat(chunks), contentType) }));
        stream.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function decoder(encoding: string | undefined) {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

function decodeText(bytes: Buffer, contentType: string) {
  const charset = /charset=([^;]+)/.exec(contentType)?.[1]?.trim().replace(/"/g, "");
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function tooLarge(maxBytes: number) {
  return new Refusal("too-large", `The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

function networkReason(error: unknown) {
  const code = (error as { code?: string }).code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET") return "connection reset";
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) return "its certificate is not valid";
  return code ?? "network error";
}
