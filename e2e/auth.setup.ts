import { expect, test as setup } from "@playwright/test";
import { E2E_USERS, storageStateFor, type E2ERole } from "./users";

for (const role of Object.keys(E2E_USERS) as E2ERole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = E2E_USERS[role];
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Password hashing makes sign-in slow on a busy machine; that is set-up, not the check.
    await expect(page.getByText(user.name)).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
