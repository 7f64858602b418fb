/**
 * Accounts of the embedded demo (`npm start` without DATABASE_URL). The analyst's credentials are
 * shown on the sign-in page in demo mode only; with an external database neither can sign in.
 */
export const DEMO_ANALYST = { email: "demo.analyst@parley.local", name: "Demo Analyst", password: "parley-demo-2025" } as const;

/** Author of the seeded updates when the demo data is loaded into an external database. */
export const SEED_AUTHOR = { email: "seed@parley.local", name: "Parley demo data" } as const;
