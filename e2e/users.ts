export const E2E_USERS = {
  admin: { email: "admin@e2e.parley.test", name: "Ada Admin", role: "ADMIN", password: "e2e-admin-password" },
  analyst: { email: "analyst@e2e.parley.test", name: "Ana Analyst", role: "ANALYST", password: "e2e-analyst-password" },
  viewer: { email: "viewer@e2e.parley.test", name: "Vic Viewer", role: "VIEWER", password: "e2e-viewer-password" },
} as const;

export type E2ERole = keyof typeof E2E_USERS;

export const storageStateFor = (role: E2ERole) => `e2e/.auth/${role}.json`;
