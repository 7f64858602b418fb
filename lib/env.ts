import { z } from "zod";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

/** The only place that reads process.env for the app; a bad value fails with a clear message. */
const serverEnvSchema = z
  .object({
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)." })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL."),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    NEXTAUTH_SECRET: z
      .string({ error: "NEXTAUTH_SECRET is not set (npm start generates one into .data/)." })
      .min(32, "NEXTAUTH_SECRET must be at least 32 characters."),
    NEXTAUTH_URL: z.url("NEXTAUTH_URL must be the app's public URL, e.g. https://parley.example.org").optional(),
    /** Set by `npm start` when it runs the embedded demo database. */
    PARLEY_DEMO_MODE: z.enum(["0", "1"]).default("0"),
    /** Requests per minute one address may make to share links (pages and feeds). */
    SHARE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
    /** Minutes without a request after which a signed-in session ends (it must sign in again). */
    SESSION_IDLE_MINUTES: z.coerce
      .number({ error: "SESSION_IDLE_MINUTES must be a number of minutes." })
      .int("SESSION_IDLE_MINUTES must be a whole number of minutes.")
      .min(5, "SESSION_IDLE_MINUTES must be at least 5.")
      .max(7 * 24 * 60, "SESSION_IDLE_MINUTES cannot exceed a week (sessions end after 7 days anyway).")
      .default(120),
    /**
     * How many reverse proxies in front of the app append to X-Forwarded-For. 0: the socket's peer is
     * the client and the header is ignored (a client could write anything in it).
     */
    TRUST_PROXY_HOPS: z.coerce
      .number({ error: "TRUST_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly)." })
      .int("TRUST_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly).")
      .min(0, "TRUST_PROXY_HOPS must be a whole number of proxies (0 when clients connect directly).")
      .max(10, "TRUST_PROXY_HOPS above 10 is surely a mistake.")
      .default(0),
    /** Requests per minute one API token may make to /api/v1. */
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
    /**
     * TEST ONLY: loopback ports the source fetcher may reach, so end-to-end tests can serve article
     * pages from 127.0.0.1. It admits 127.0.0.1 and ::1 on exactly these ports, nothing else.
     */
    PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS: z
      .string()
      .regex(
        /^\s*(\d{4,5}\s*(,\s*\d{4,5}\s*)*)?$/,
        "PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS must be a comma-separated list of ports (1024–65535), and is for tests only.",
      )
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((port) => Number(port.trim()))
          .filter((port) => port >= 1024 && port <= 65535),
      ),
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_CLIENT_ID: optional,
    GOOGLE_CLIENT_SECRET: optional,
    OIDC_ISSUER: z
      .url("OIDC_ISSUER must be the issuer URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: optional,
  })
  .superRefine((env, ctx) => {
    const pairs: [keyof typeof env, keyof typeof env][] = [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
      ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"],
      ["OIDC_ISSUER", "OIDC_CLIENT_ID"],
    ];
    // A deployment with a public https address is never a test run: refuse to start rather than
    // let the fetcher reach loopback services there.
    if (env.PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS.length > 0 && env.NEXTAUTH_URL?.startsWith("https://")) {
      ctx.addIssue({
        code: "custom",
        path: ["PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS"],
        message: "is for tests only and cannot be combined with an https NEXTAUTH_URL",
      });
    }
    for (const [a, b] of pairs) {
      if (Boolean(env[a]) !== Boolean(env[b])) ctx.addIssue({ code: "custom", path: [env[a] ? b : a], message: `set both ${a} and ${b}, or neither` });
    }
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function isDemoMode(): boolean {
  return serverEnv().PARLEY_DEMO_MODE === "1";
}
