// Every in-app URL, built in one place: a route that moves changes here only. Pure, so server and
// client components alike can use it. Slugs and ids are URL-safe by construction.

type NegotiationRef = string | { slug: string };
type IssueRef = { slug: string; negotiation: { slug: string } };

/** `?a=1&b=2` from the values that are set, or "" when none is. */
function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = params.toString();
  return text ? `?${text}` : "";
}

const slugOf = (negotiation: NegotiationRef) => (typeof negotiation === "string" ? negotiation : negotiation.slug);

export const paths = {
  home: () => "/",
  signIn: () => "/sign-in",
  setup: () => "/setup",
  users: () => "/admin/users",
  /** Where an invited person chooses a name and password. */
  invitation: (token: string) => `/invite/${token}`,
  negotiations: () => "/negotiations",
  newNegotiation: () => "/negotiations/new",
  /** A negotiation's dashboard, optionally filtered and with the status chart's range chosen. */
  negotiation: (negotiation: NegotiationRef, view?: { status?: string; category?: string; range?: string }) =>
    `/negotiations/${slugOf(negotiation)}${query({ status: view?.status, category: view?.category, range: view?.range })}`,
  editNegotiation: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/edit`,
  shareNegotiation: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/share`,
  newIssue: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/issues/new`,
  issue: (negotiation: NegotiationRef, issueSlug: string) => `/negotiations/${slugOf(negotiation)}/issues/${issueSlug}`,
  /** The issue page of an issue read with its negotiation's slug. */
  issueOf: (issue: IssueRef) => `/negotiations/${issue.negotiation.slug}/issues/${issue.slug}`,
  issuePage: (negotiation: NegotiationRef, issueSlug: string, page: "activity" | "edit" | "log" | "share") =>
    `/negotiations/${slugOf(negotiation)}/issues/${issueSlug}/${page}`,
  update: (negotiation: NegotiationRef, issueSlug: string, updateId: string, page: "edit" | "history") =>
    `/negotiations/${slugOf(negotiation)}/issues/${issueSlug}/updates/${updateId}/${page}`,
  positions: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/positions`,
  /** The log-a-position form, optionally with one matrix cell's issue and party picked. */
  newPosition: (negotiation: NegotiationRef, cell?: { issueId: string; partyId: string }) =>
    `/negotiations/${slugOf(negotiation)}/positions/new${cell ? `?issue=${cell.issueId}&party=${cell.partyId}` : ""}`,
  /** One matrix cell's history: one party's positions on one issue. */
  positionCell: (negotiation: NegotiationRef, issueSlug: string, partyId: string) => `/negotiations/${slugOf(negotiation)}/positions/${issueSlug}/${partyId}`,
  editPosition: (negotiation: NegotiationRef, issueSlug: string, partyId: string, positionId: string) =>
    `/negotiations/${slugOf(negotiation)}/positions/${issueSlug}/${partyId}/${positionId}/edit`,
  drafts: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/drafts`,
  newDraft: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/drafts/new`,
  draft: (negotiation: NegotiationRef, draftId: string) => `/negotiations/${slugOf(negotiation)}/drafts/${draftId}`,
  /** The cross-walk of two drafts; without a pair, the bare path its form submits to. */
  compareDrafts: (negotiation: NegotiationRef, pair?: { a: string; b: string }) =>
    `/negotiations/${slugOf(negotiation)}/drafts/compare${pair ? `?a=${pair.a}&b=${pair.b}` : ""}`,
  /** A "What changed" digest; without a range, since the reader's previous visit. Moments as `2026-11-20T14:30` (UTC). */
  changes: (negotiation: NegotiationRef, range?: { from?: string; to?: string }) =>
    `/negotiations/${slugOf(negotiation)}/changes${query({ from: range?.from, to: range?.to })}`,
  /** Every issue's status at two moments side by side. */
  compareStatuses: (negotiation: NegotiationRef, pair?: { a: string; b: string }) =>
    `/negotiations/${slugOf(negotiation)}/changes/compare${query({ a: pair?.a, b: pair?.b })}`,
  search: () => "/search",
  /** The workspace's activity, older than a cursor when given. */
  activity: (before?: string) => `/activity${query({ before })}`,
  /** Sources matching a typed text, as JSON for the source picker. */
  sourceLookup: (q: string) => `/api/sources${query({ q })}`,
  account: () => "/account",
  sources: () => "/sources",
  source: (id: string) => `/sources/${encodeURIComponent(id)}`,
  editSource: (id: string) => `/sources/${encodeURIComponent(id)}/edit`,
  /** What a share link shows; with `range`, the status chart's time range. */
  share: (token: string, view?: { range?: string }) => `/share/${token}${query({ range: view?.range })}`,
  sharedIssue: (token: string, issueSlug: string) => `/share/${token}/issues/${issueSlug}`,
  shareFeed: (token: string) => `/share/${token}/feed.xml`,
  shareSearch: (token: string) => `/share/${token}/search`,
  /** The "What changed" digest of a share link, as an Atom feed (one entry per day). */
  shareChangesFeed: (token: string) => `/share/${token}/changes.xml`,
  /** Export a negotiation (downloads) and import updates into its issues. */
  exportNegotiation: (negotiation: NegotiationRef) => `/negotiations/${slugOf(negotiation)}/export`,
  /** CSV of updates into one issue, with a preview. */
  importIssueCsv: (negotiation: NegotiationRef, issueSlug: string) => `/negotiations/${slugOf(negotiation)}/issues/${issueSlug}/import`,
  /** Load an export document (a negotiation, or the whole workspace for admins). */
  dataImport: () => "/import",
  /** A streamed download of an export (the JSON document, or CSV). */
  exportFile: (negotiationId: string, format: "json" | "updates.csv" | "issues.csv", issueId?: string) =>
    `/api/v1/negotiations/${encodeURIComponent(negotiationId)}/export${query({ format, issue: issueId })}`,
  workspaceExportFile: () => "/api/v1/export",
  apiDocs: () => "/api-docs",
  apiV1: (path = "") => `/api/v1${path}`,
} as const;
