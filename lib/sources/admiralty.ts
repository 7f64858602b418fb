// The Admiralty (NATO) grading system: how reliable the outlet is (A–F), and how credible one
// piece of information is (1–6). Both are judged separately: a reliable outlet can carry an
// unconfirmed claim. Pure, so forms and pages can show the meanings.

export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_MEANINGS: Record<ReliabilityGrade, { label: string; meaning: string }> = {
  A: { label: "Completely reliable", meaning: "No doubt of authenticity, trustworthiness or competence; a history of complete reliability." },
  B: { label: "Usually reliable", meaning: "Minor doubt; a history of valid information most of the time." },
  C: { label: "Fairly reliable", meaning: "Doubt; has provided valid information in the past." },
  D: { label: "Not usually reliable", meaning: "Significant doubt; has provided valid information in the past." },
  E: { label: "Unreliable", meaning: "Lacking in authenticity, trustworthiness and competency; a history of invalid information." },
  F: { label: "Reliability cannot be judged", meaning: "No basis exists for evaluating the reliability of the source." },
};

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof CREDIBILITY_GRADES)[number];

export const CREDIBILITY_MEANINGS: Record<CredibilityGrade, { label: string; meaning: string }> = {
  1: { label: "Confirmed by other sources", meaning: "Confirmed by other independent sources; logical in itself; consistent with other information." },
  2: { label: "Probably true", meaning: "Not confirmed; logical in itself; consistent with other information on the subject." },
  3: { label: "Possibly true", meaning: "Not confirmed; reasonably logical in itself; agrees with some other information." },
  4: { label: "Doubtful", meaning: "Not confirmed; possible but not logical; no other information on the subject." },
  5: { label: "Improbable", meaning: "Not confirmed; not logical in itself; contradicted by other information." },
  6: { label: "Truth cannot be judged", meaning: "No basis exists for evaluating the validity of the information." },
};

/** "B2", "B–", "–2" or null: the compact code analysts read beside a citation. */
export function admiraltyCode(reliability: ReliabilityGrade | null | undefined, credibility: number | null | undefined): string | null {
  if (!reliability && !credibility) return null;
  return `${reliability ?? "–"}${credibility ?? "–"}`;
}

/** The code spelled out, for screen readers and tooltips. */
export function admiraltyDescription(reliability: ReliabilityGrade | null | undefined, credibility: number | null | undefined): string {
  const outlet = reliability ? `outlet ${reliability}: ${RELIABILITY_MEANINGS[reliability].label.toLowerCase()}` : "outlet not graded";
  const info =
    credibility && isCredibility(credibility)
      ? `information ${credibility}: ${CREDIBILITY_MEANINGS[credibility].label.toLowerCase()}`
      : "information not graded";
  return `${outlet}; ${info}`;
}

export function isCredibility(value: number): value is CredibilityGrade {
  return Number.isInteger(value) && value >= 1 && value <= 6;
}
