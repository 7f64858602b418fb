// Which citations are one report told several times, and what a status therefore rests on. Pure:
// the timeline, the issue page and the dashboard all call this one function.

export type ChainLink = {
  id: string;
  title: string;
  outletName: string | null;
  affiliation: string | null;
  kind: string;
};

/** A cited source and its republication chain: the source itself first, the original last. */
export type CitedChain = { sourceId: string; chain: ChainLink[] };

export type Report = {
  /** The original every citation in this report traces back to. */
  origin: ChainLink;
  /** The cited sources that carry it (the origin itself, or copies of it). */
  carriers: ChainLink[];
  isPartyClaim: boolean;
};

export type Independence = {
  label: "no source" | "single source" | "claimed by a party" | "corroborated";
  /** "corroborated by 2 independent sources", "single source", … */
  text: string;
  reports: Report[];
  /** One sentence per report: "WSJ, via RT and PressBee". */
  explanation: string[];
};

// Government channels and state-controlled media speak for a party to the talks.
const PARTY_AFFILIATIONS = new Set(["GOVERNMENT", "STATE_CONTROLLED"]);

export function isPartyVoice(link: ChainLink) {
  return link.kind === "STATEMENT" || (link.affiliation !== null && PARTY_AFFILIATIONS.has(link.affiliation));
}

export function linkName(link: ChainLink) {
  return link.outletName ?? link.title;
}

/**
 * Two citations are independent only if their republication chains never meet: RT ← WSJ and
 * PressBee ← RT are one report (WSJ's), and so are two aggregators that both copied RT. Each
 * chain ends at its original, so chains meet exactly when they share that original.
 */
export function assessIndependence(citations: CitedChain[]): Independence {
  const byOrigin = new Map<string, Report>();
  for (const { chain } of citations) {
    const origin = chain.at(-1);
    const cited = chain[0];
    if (!origin || !cited) continue;
    const report = byOrigin.get(origin.id) ?? { origin, carriers: [], isPartyClaim: isPartyVoice(origin) };
    if (!report.carriers.some((carrier) => carrier.id === cited.id)) report.carriers.push(cited);
    byOrigin.set(origin.id, report);
  }
  const reports = [...byOrigin.values()];
  const explanation = reports.map(describeReport);
  if (reports.length === 0) return { label: "no source", text: "no source", reports, explanation };
  if (reports.every((report) => report.isPartyClaim)) {
    return {
      label: "claimed by a party",
      text: reports.length === 1 ? "claimed by a party" : `claimed by ${reports.length} parties' channels`,
      reports,
      explanation,
    };
  }
  if (reports.length === 1) return { label: "single source", text: "single source", reports, explanation };
  return { label: "corroborated", text: `corroborated by ${reports.length} independent sources`, reports, explanation };
}

/** "WSJ, via RT and PressBee" or "Kremlin statement (a party)". */
export function describeReport(report: Report) {
  const copies = report.carriers.filter((carrier) => carrier.id !== report.origin.id).map(linkName);
  const origin = `${linkName(report.origin)}${report.isPartyClaim ? " (a party)" : ""}`;
  return copies.length > 0 ? `${origin}, via ${joinNames(copies)}` : origin;
}

/** "rests on 1 independent source: WSJ, via RT". */
export function restsOn(independence: Independence) {
  const count = independence.reports.length;
  if (count === 0) return "rests on no cited source";
  return `rests on ${count} independent ${count === 1 ? "source" : "sources"}: ${independence.explanation.join("; ")}`;
}

function joinNames(names: string[]) {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
