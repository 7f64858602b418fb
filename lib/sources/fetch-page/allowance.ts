import "server-only";
import { serverEnv } from "@/lib/env";
import { fetchPage, type FetchPageOptions } from "./fetch-page";

/** The guard's test-only loopback allowance, from PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS (empty in production). */
export function fetchGuardAllowance(): FetchPageOptions {
  return { allowLoopbackPorts: serverEnv().PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS };
}

/** fetchPage with the app's configuration: what every server action and job calls. */
export function fetchSourcePage(url: string) {
  return fetchPage(url, fetchGuardAllowance());
}
