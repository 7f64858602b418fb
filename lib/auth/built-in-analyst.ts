/** The account everyone acts as until sign-in exists. */
export const BUILT_IN_ANALYST = { email: "analyst@parley.local", name: "Parley analyst" } as const;
