import { describe, expect, it } from "vitest";
import { SIGN_IN_SCOPES, recordSignInFailure, recordSignInSuccess, requiredWaitSeconds, signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { tag } from "./helpers";

async function fail(email: string, address: string, times: number) {
  for (let index = 0; index < times; index += 1) {
    await recordSignInFailure(email, address);
    // Rows are keyed by millisecond timestamp.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe("sign-in throttling", () => {
  it("delays grow with failures and are capped", () => {
    expect(requiredWaitSeconds("pair", SIGN_IN_SCOPES.pair.freeFailures - 1)).toBe(0);
    expect(requiredWaitSeconds("pair", SIGN_IN_SCOPES.pair.freeFailures)).toBe(1);
    expect(requiredWaitSeconds("pair", SIGN_IN_SCOPES.pair.freeFailures + 3)).toBe(8);
    expect(requiredWaitSeconds("pair", 10_000)).toBe(SIGN_IN_SCOPES.pair.capSeconds);
    expect(requiredWaitSeconds("account", 10_000)).toBe(30);
  });

  it("a stranger's failures from elsewhere do not hold up the owner's address", async () => {
    const email = `owner-${tag()}@test.parley`;
    await fail(email, `stranger-${tag()}`, SIGN_IN_SCOPES.pair.freeFailures + 4);
    expect(await signInWaitSeconds(email, `owner-${tag()}`)).toBe(0);
  });

  it("the guessing address waits, and the right password clears its pair", async () => {
    const email = `user-${tag()}@test.parley`;
    const address = `guesser-${tag()}`;
    await fail(email, address, SIGN_IN_SCOPES.pair.freeFailures + 2);
    expect(await signInWaitSeconds(email, address)).toBeGreaterThan(0);
    await recordSignInSuccess(email, address);
    expect(await signInWaitSeconds(email, address)).toBe(0);
  });

  it("failures spread over many addresses slow the account but never lock it for more than the cap", async () => {
    const email = `target-${tag()}@test.parley`;
    for (let index = 0; index < SIGN_IN_SCOPES.account.freeFailures + 10; index += 1) await fail(email, `bot-${index}-${tag()}`, 1);
    const wait = await signInWaitSeconds(email, `owner-${tag()}`);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_SCOPES.account.capSeconds);
  });
});
