import { describe, expect, it } from "vitest";
import { assessIndependence, restsOn, type ChainLink } from "@/lib/sources/independence";

const link = (id: string, outletName: string, affiliation = "INDEPENDENT", kind = "ARTICLE"): ChainLink => ({
  id,
  title: `${outletName} story`,
  outletName,
  affiliation,
  kind,
});
const wsj = link("wsj", "WSJ");
const rt = link("rt", "RT", "STATE_CONTROLLED");
const pressbee = link("pb", "PressBee", "AGGREGATOR");
const otherAggregator = link("agg", "NewsNow", "AGGREGATOR");
const afp = link("afp", "AFP");
const kremlin = link("kremlin", "Kremlin", "GOVERNMENT", "STATEMENT");

const cite = (...chain: ChainLink[]) => ({ sourceId: chain[0]!.id, chain });

describe("assessIndependence", () => {
  it("counts a republication chain as one report: RT ← WSJ and PressBee ← RT ← WSJ", () => {
    const result = assessIndependence([cite(rt, wsj), cite(pressbee, rt, wsj), cite(wsj)]);
    expect(result.label).toBe("single source");
    expect(result.explanation).toEqual(["WSJ, via RT and PressBee"]);
    expect(restsOn(result)).toBe("rests on 1 independent source: WSJ, via RT and PressBee");
  });

  it("counts two copies of the same original as one report even when neither copied the other", () => {
    expect(assessIndependence([cite(pressbee, rt), cite(otherAggregator, rt)]).reports).toHaveLength(1);
  });

  it("sees a state outlet's own report as a party's claim", () => {
    const result = assessIndependence([cite(pressbee, rt)]);
    expect(result.label).toBe("claimed by a party");
    expect(result.explanation).toEqual(["RT (a party), via PressBee"]);
  });

  it("calls reports with different originals corroboration", () => {
    const result = assessIndependence([cite(rt, wsj), cite(afp)]);
    expect(result).toMatchObject({ label: "corroborated", text: "corroborated by 2 independent sources" });
    expect(assessIndependence([cite(kremlin), cite(afp), cite(pressbee, rt, wsj)]).text).toBe("corroborated by 3 independent sources");
  });

  it("says when nothing is cited", () => {
    expect(assessIndependence([])).toMatchObject({ label: "no source", reports: [] });
    expect(restsOn(assessIndependence([]))).toBe("rests on no cited source");
  });
});
