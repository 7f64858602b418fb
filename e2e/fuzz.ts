/**
 * Seeded generator of malformed requests over every route. The same FUZZ_SEED gives the same
 * requests, so any failure can be replayed; FUZZ_REQUESTS sets how many (a short run in `npm test`,
 * 10,000 or more for a full one).
 */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzContext {
  negotiationSlug: string;
  issueSlug: string;
  issueId: string;
  updateId: string;
  sourceId: string;
}

const ROUTES = [
  "/",
  "/negotiations",
  "/negotiations/new",
  "/negotiations/{n}",
  "/negotiations/{n}/edit",
  "/negotiations/{n}/share",
  "/negotiations/{n}/changes",
  "/negotiations/{n}/changes/compare",
  "/negotiations/{n}/issues/new",
  "/negotiations/{n}/issues/{i}",
  "/negotiations/{n}/issues/{i}/activity",
  "/negotiations/{n}/issues/{i}/edit",
  "/negotiations/{n}/issues/{i}/log",
  "/negotiations/{n}/issues/{i}/share",
  "/negotiations/{n}/issues/{i}/updates/{u}/edit",
  "/negotiations/{n}/issues/{i}/updates/{u}/history",
  "/sources",
  "/sources/{s}",
  "/sources/{s}/edit",
  "/activity",
  "/account",
  "/admin/users",
  "/sign-in",
  "/setup",
  "/invite/{t}",
  "/share/{t}",
  "/share/{t}/feed.xml",
  "/share/{t}/changes.xml",
  "/share/{t}/issues/{i}",
  "/api/health",
  "/api/sources",
  "/api/issues/{id}/updates",
  "/api/auth/session",
  "/api/auth/csrf",
  "/api/auth/providers",
  "/api/auth/signin",
  "/api/auth/signout",
  "/api/auth/callback/credentials",
  "/api/auth/signin/credentials",
  "/does-not-exist",
];

const HOSTILE_SEGMENTS = [
  "%FF",
  "%C3%28",
  "%",
  "%E0%A4%A",
  "%00",
  "%ED%A0%80",
  "%EF%BF%BE",
  "..",
  "%2e%2e",
  "%2F",
  "%5C",
  "a".repeat(3000),
  "%F0%9F%92%A9",
  "null",
  "undefined",
  "__proto__",
  "-1",
  "9999999999999999999",
  "<script>alert(1)</script>",
  "'%20OR%201=1--",
];

const HOSTILE_VALUES = [
  "9999999999999999999",
  "-9999999999999999999",
  "1e400",
  "NaN",
  "-100000-01-01",
  "+275760-09-13T00:00:00.001Z",
  "-271821-04-20",
  "0",
  "%00",
  "%FF",
  "%ED%A0%80",
  "abc",
  "2025-02-30",
  "MjAyNS0wMS0wMQ",
  "x".repeat(5000),
  "/.//evil.example",
  "https://evil.example",
  "%0d%0aSet-Cookie:x=1",
  "[]",
  "{}",
];

const QUERY_KEYS = ["before", "after", "order", "q", "page", "status", "category", "error", "callbackUrl", "print", "asOf", "from", "to", "a", "b"];
const METHODS = ["GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"];
const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "multipart/form-data",
  "text/x-component",
  "application/xml",
  "",
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomBytes(random: () => number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index += 1) bytes[index] = Math.floor(random() * 256);
  return bytes;
}

function body(random: () => number): Buffer {
  switch (Math.floor(random() * 7)) {
    case 0:
      return randomBytes(random, Math.floor(random() * 200));
    case 1:
      return Buffer.from(JSON.stringify({ summary: "\ud800 note \u0000", occurredAt: pick(random, HOSTILE_VALUES), newStatus: "X" }));
    case 2:
      return Buffer.from('{"summary": "\\ud800\\u0000", "occurredAt": "2025-01-01"}');
    case 3:
      return Buffer.from(
        `------x\r\nContent-Disposition: form-data; name="1_$ACTION_ID_${"f".repeat(40)}"\r\n\r\n\r\n------x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n------x--\r\n`,
      );
    case 4:
      return Buffer.from(`["$@1",${JSON.stringify(pick(random, HOSTILE_VALUES))}]`);
    case 5:
      return Buffer.from("email=a%FF&password=%00&csrfToken=x");
    default:
      return Buffer.from("{");
  }
}

export function generateRequests(seed: number, count: number, context: FuzzContext): FuzzRequest[] {
  const random = mulberry32(seed);
  const requests: FuzzRequest[] = [];
  for (let index = 0; index < count; index += 1) {
    const segment = () => (random() < 0.35 ? pick(random, HOSTILE_SEGMENTS) : null);
    let path = pick(random, ROUTES)
      .replace("{n}", () => segment() ?? context.negotiationSlug)
      .replace("{i}", () => segment() ?? context.issueSlug)
      .replace("{id}", () => segment() ?? context.issueId)
      .replace("{u}", () => segment() ?? context.updateId)
      .replace("{s}", () => segment() ?? context.sourceId)
      .replace("{t}", () => segment() ?? "A".repeat(43));
    const params = Math.floor(random() * 3);
    for (let param = 0; param < params; param += 1) {
      path += `${param === 0 ? "?" : "&"}${pick(random, QUERY_KEYS)}=${pick(random, HOSTILE_VALUES)}`;
    }
    const method = pick(random, METHODS);
    const headers: Record<string, string> = {};
    if (method !== "GET" && method !== "HEAD") {
      const type = pick(random, CONTENT_TYPES);
      if (type) headers["content-type"] = type;
      if (random() < 0.5) headers["next-action"] = random() < 0.5 ? "f".repeat(40) : randomBytes(random, 8).toString("hex");
      if (random() < 0.3) headers.origin = pick(random, ["https://evil.example", "null", "http://localhost"]);
    }
    if (random() < 0.1) headers.accept = "text/x-component";
    requests.push({ method, path, headers, body: method === "GET" || method === "HEAD" ? undefined : body(random) });
  }
  return requests;
}
