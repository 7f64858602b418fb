import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { identify } from "@/lib/api/v1/handler";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { createActor } from "./helpers";

// A small limit for this file (its modules, lib/env.ts included, are loaded fresh for it).
process.env.API_RATE_LIMIT_PER_MINUTE = "5";

const request = (token: string) => new NextRequest("http://parley.test/api/v1/negotiations", { headers: { Authorization: `Bearer ${token}` } });

describe("the per-token rate limit", () => {
  it("answers 429 with Retry-After in the error shape once a token has used its minute, and counts each token apart", async () => {
    const owner = await createActor("ANALYST");
    const input = createApiTokenSchema.parse({ name: "Busy script", scope: "READ", expiry: "7d" });
    const busy = await createApiToken(owner, input);
    const other = await createApiToken(owner, input);
    for (let call = 0; call < 5; call++) expect(await identify(request(busy.token))).not.toBeInstanceOf(NextResponse);
    const refused = await identify(request(busy.token));
    expect(refused).toBeInstanceOf(NextResponse);
    const response = refused as NextResponse;
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await response.json()).toEqual({ error: expect.any(String) as string, code: "RATE_LIMITED", fieldErrors: {} });
    expect(await identify(request(other.token))).not.toBeInstanceOf(NextResponse);
  });
});
