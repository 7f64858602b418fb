import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/auth/permissions";
import { Role } from "@/lib/generated/prisma/enums";

const Y = true;
const N = false;

/** Who may do what, written out by hand: a change to permissions must change this table too. */
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  "negotiation.create": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "negotiation.edit": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "issue.create": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "issue.edit": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "update.log": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "update.edit": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "update.delete": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "position.log": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "position.edit": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "position.delete": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "planDraft.create": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "planDraft.edit": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "planDraft.delete": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "source.create": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "source.edit": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "shareLink.create": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "shareLink.revoke": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "user.manage": { ADMIN: Y, ANALYST: N, VIEWER: N },
  "negotiation.export": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "negotiation.import": { ADMIN: Y, ANALYST: Y, VIEWER: N },
  "workspace.export": { ADMIN: Y, ANALYST: N, VIEWER: N },
  "workspace.import": { ADMIN: Y, ANALYST: N, VIEWER: N },
};

const ROLES = Object.values(Role);

describe("can(role, action)", () => {
  it("covers exactly the actions and roles in the table", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...ROLES].sort()).toEqual(["ADMIN", "ANALYST", "VIEWER"]);
  });

  const cases = ROLES.flatMap((role) => ACTIONS.map((action) => ({ role, action, allowed: EXPECTED[action][role] })));
  it.each(cases)("$role → $action: $allowed", ({ role, action, allowed }) => {
    expect(can(role, action)).toBe(allowed);
  });

  it("gives ADMIN everything, ANALYST all but managing people and moving the whole workspace, VIEWER nothing", () => {
    expect(ACTIONS.filter((action) => can("ADMIN", action))).toEqual([...ACTIONS]);
    expect(ACTIONS.filter((action) => !can("ANALYST", action))).toEqual(["user.manage", "workspace.export", "workspace.import"]);
    expect(ACTIONS.filter((action) => can("VIEWER", action))).toEqual([]);
  });
});
