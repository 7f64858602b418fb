import { describe, expect, it } from "vitest";
import { changedFields, describeEvent, listWords } from "@/lib/audit/describe-event";

describe("describeEvent", () => {
  it("describes an update that moved the status, with the status pair", () => {
    const description = describeEvent({
      action: "update.log",
      entityType: "update",
      before: { status: "GAPS_REMAIN" },
      after: { status: "CONVERGING", toStatus: "CONVERGING", occurredAt: "2025-12-02T00:00:00.000Z", summary: "Drafting.", sourceIds: [] },
    });
    expect(description).toEqual({
      sentence: "changed the status from Unresolved — gaps remain to Converging",
      statusChange: { from: "GAPS_REMAIN", to: "CONVERGING" },
    });
  });

  it("describes an update that left the status as it was", () => {
    expect(
      describeEvent({
        action: "update.log",
        entityType: "update",
        before: { status: "CONVERGING" },
        after: { status: "CONVERGING", toStatus: null, summary: "More talks." },
      }),
    ).toEqual({ sentence: "logged an update" });
    // A backdated change that is not the newest one: toStatus set, the status unchanged.
    expect(
      describeEvent({ action: "update.log", entityType: "update", before: { status: "CONVERGING" }, after: { status: "CONVERGING", toStatus: "DEADLOCKED" } }),
    ).toEqual({ sentence: "logged an update" });
  });

  it("ignores statuses that are not on the scale", () => {
    expect(describeEvent({ action: "update.log", entityType: "update", before: { status: "MAYBE" }, after: { status: "CONVERGING" } })).toEqual({
      sentence: "logged an update",
    });
  });

  it("lists the fields an issue edit changed", () => {
    expect(
      describeEvent({
        action: "issue.edit",
        entityType: "issue",
        before: { title: "Elections", summary: "Old.", category: "Politics" },
        after: { title: "Elections in 2026", summary: "New.", category: "Politics" },
      }).sentence,
    ).toBe("edited the issue: title and summary");
    expect(
      describeEvent({ action: "issue.edit", entityType: "issue", before: { title: "A", summary: null }, after: { title: "A", summary: null } }).sentence,
    ).toBe("edited the issue");
  });

  it("names the party of a position and the fields an edit changed", () => {
    expect(describeEvent({ action: "position.log", entityType: "position", after: { partyName: "Russia", stance: "INSISTS" } }).sentence).toBe(
      "logged the position of Russia",
    );
    expect(
      describeEvent({
        action: "position.edit",
        entityType: "position",
        before: { partyName: "Russia", stance: "INSISTS", statement: "a", version: 1 },
        after: { partyName: "Russia", stance: "OPPOSES", statement: "a" },
      }).sentence,
    ).toBe("edited the position of Russia: stance");
    expect(describeEvent({ action: "position.delete", entityType: "position", before: {} }).sentence).toBe("deleted a position");
    expect(describeEvent({ action: "planDraft.create", entityType: "planDraft", after: { title: "Plan v2" } }).sentence).toBe("added the plan draft “Plan v2”");
  });

  it("names created issues, sources and negotiations", () => {
    expect(
      describeEvent({ action: "issue.create", entityType: "issue", after: { title: "Prisoner exchange", summary: null, category: "Humanitarian" } }),
    ).toEqual({
      sentence: "created the issue “Prisoner exchange”",
    });
    expect(
      describeEvent({
        action: "source.create",
        entityType: "source",
        after: { url: "https://example.org/a", title: "Talks resume", outlet: "AFP", kind: "ARTICLE" },
      }).sentence,
    ).toBe("created source “Talks resume”");
    expect(
      describeEvent({ action: "negotiation.create", entityType: "negotiation", after: { title: "Geneva round", description: "", parties: [] } }).sentence,
    ).toBe("created the negotiation “Geneva round”");
    expect(describeEvent({ action: "negotiation.create", entityType: "negotiation" }).sentence).toBe("created the negotiation");
  });

  it("lists what a source edit changed, with readable field names", () => {
    expect(
      describeEvent({
        action: "source.edit",
        entityType: "source",
        before: {
          url: "https://example.org/a",
          title: "Talks resume",
          kind: "ARTICLE",
          author: null,
          publishedAt: null,
          language: null,
          outletId: null,
          viaId: null,
        },
        after: {
          url: "https://example.org/a",
          title: "Talks resume",
          kind: "ARTICLE",
          author: null,
          publishedAt: "2025-11-30T00:00:00.000Z",
          language: "en",
          outletId: "o1",
          viaId: "s2",
        },
      }).sentence,
    ).toBe("edited source “Talks resume”: publication date, language, outlet and republished from");
  });

  it("lists what a negotiation edit changed, comparing nested values", () => {
    const parties = [{ name: "Ukraine", description: null }];
    expect(
      describeEvent({
        action: "negotiation.edit",
        entityType: "negotiation",
        before: { title: "Geneva round", description: "x", parties },
        after: { title: "Geneva round", description: "x", parties: [...parties, { name: "Russia", description: null }] },
      }).sentence,
    ).toBe("edited the negotiation “Geneva round”: parties");
  });

  it("describes account events", () => {
    expect(describeEvent({ action: "user.setup", entityType: "user", after: { email: "ada@example.org", role: "ADMIN" } }).sentence).toBe(
      "set up Parley as its first administrator",
    );
    expect(describeEvent({ action: "invitation.create", entityType: "invitation", after: { email: "y@example.org", role: "VIEWER" } }).sentence).toBe(
      "invited y@example.org as viewer",
    );
    expect(
      describeEvent({
        action: "user.role",
        entityType: "user",
        before: { email: "x@example.org", role: "ANALYST" },
        after: { email: "x@example.org", role: "VIEWER" },
      }).sentence,
    ).toBe("changed role of x@example.org to viewer");
    expect(
      describeEvent({ action: "user.deactivate", entityType: "user", before: { email: "x@example.org", isActive: true }, after: { isActive: false } }).sentence,
    ).toBe("deactivated x@example.org");
    expect(describeEvent({ action: "user.reactivate", entityType: "user", after: { name: "Vic Viewer" } }).sentence).toBe("reactivated Vic Viewer");
    expect(describeEvent({ action: "user.deactivate", entityType: "user" }).sentence).toBe("deactivated a user");
    expect(
      describeEvent({
        action: "invitation.accept",
        entityType: "user",
        before: { role: "VIEWER", isActive: false },
        after: { email: "z@example.org", role: "ANALYST", invitationId: "i1" },
      }).sentence,
    ).toBe("accepted an invitation and joined as analyst");
    expect(describeEvent({ action: "user.signOutEverywhere", entityType: "user", after: { email: "z@example.org" } }).sentence).toBe(
      "signed z@example.org out everywhere",
    );
  });

  it("describes update edits and deletions, with a status change when the status moved", () => {
    // As lib/updates/edit-update.ts records it: "version" only before, the status on both sides.
    expect(
      describeEvent({
        action: "update.edit",
        entityType: "update",
        before: { summary: "a", occurredAt: "2025-12-01T00:00:00.000Z", toStatus: null, sourceIds: ["s1"], status: "CONVERGING", version: 1 },
        after: { summary: "b", occurredAt: "2025-12-02T00:00:00.000Z", toStatus: null, sourceIds: ["s1"], status: "CONVERGING" },
      }),
    ).toEqual({ sentence: "edited an update: summary and date" });
    expect(
      describeEvent({
        action: "update.edit",
        entityType: "update",
        before: { summary: "a", toStatus: "DEADLOCKED", status: "DEADLOCKED", version: 2 },
        after: { summary: "a", toStatus: "CONVERGING", status: "CONVERGING" },
      }),
    ).toEqual({
      sentence: "edited an update: new status; the status changed from Deadlocked to Converging",
      statusChange: { from: "DEADLOCKED", to: "CONVERGING" },
    });
    expect(describeEvent({ action: "update.delete", entityType: "update", before: { status: "DEADLOCKED" }, after: { status: "UNDER_DISCUSSION" } })).toEqual({
      sentence: "deleted an update; the status changed from Deadlocked to Under discussion",
      statusChange: { from: "DEADLOCKED", to: "UNDER_DISCUSSION" },
    });
  });

  it("describes share links", () => {
    expect(describeEvent({ action: "shareLink.create", entityType: "shareLink", after: { label: "For the press" } }).sentence).toBe(
      "created a share link “For the press”",
    );
    expect(describeEvent({ action: "shareLink.revoke", entityType: "shareLink" }).sentence).toBe("revoked a share link");
  });

  it("falls back to a generic sentence naming an unknown action", () => {
    expect(describeEvent({ action: "widget.frobnicate", entityType: "shareLink", before: null, after: null })).toEqual({
      sentence: "recorded “widget.frobnicate” on a share link",
      statusChange: undefined,
    });
  });
});

describe("changedFields", () => {
  it("returns the differing fields with both values, null for a missing side", () => {
    expect(changedFields({ a: 1, b: "x", c: [1] }, { a: 1, b: "y", d: true })).toEqual([
      { field: "b", before: "x", after: "y" },
      { field: "c", before: [1], after: null },
      { field: "d", before: null, after: true },
    ]);
  });

  it("treats a missing snapshot (a creation) as all fields new", () => {
    expect(changedFields(null, { title: "T" })).toEqual([{ field: "title", before: null, after: "T" }]);
    expect(changedFields(undefined, undefined)).toEqual([]);
  });
});

describe("listWords", () => {
  it("joins with commas and a final “and”", () => {
    expect(listWords([])).toBe("");
    expect(listWords(["a"])).toBe("a");
    expect(listWords(["a", "b"])).toBe("a and b");
    expect(listWords(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("describeEvent: parties, categories and outlets", () => {
  it("words each of them", () => {
    expect(describeEvent({ action: "party.create", entityType: "party", after: { name: "Turkey", description: "" } }).sentence).toBe(
      "added the party “Turkey”",
    );
    expect(
      describeEvent({
        action: "party.edit",
        entityType: "party",
        before: { name: "Russia", description: "" },
        after: { name: "Russian Federation", description: "" },
      }).sentence,
    ).toBe("edited the party “Russian Federation”: name");
    expect(describeEvent({ action: "party.remove", entityType: "party", before: { name: "Turkey", description: "" } }).sentence).toBe(
      "removed the party “Turkey”",
    );
    expect(describeEvent({ action: "category.create", entityType: "category", after: { name: "Sanctions" } }).sentence).toBe(
      "created the category “Sanctions”",
    );
    expect(describeEvent({ action: "outlet.create", entityType: "outlet", after: { name: "RT", affiliation: "STATE_CONTROLLED" } }).sentence).toBe(
      "added the outlet “RT”",
    );
    expect(
      describeEvent({
        action: "outlet.edit",
        entityType: "outlet",
        before: { name: "RT", affiliation: "UNKNOWN" },
        after: { name: "RT", affiliation: "STATE_CONTROLLED" },
      }).sentence,
    ).toBe("changed the affiliation of “RT” from unknown to state-controlled");
  });

  it("falls back to the stored name for an action no longer written", () => {
    expect(describeEvent({ action: "user.create.cli", entityType: "user", after: {} }).sentence).toBe("recorded “user.create.cli” on a user");
  });
});
