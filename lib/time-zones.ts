// The time zones a negotiation can be followed in, and "today" in one of them. Pure, so forms and
// pages alike can use it.

/**
 * UTC first, then every IANA zone this runtime lists, as the negotiation form offers them; a zone
 * already chosen is kept even if this runtime lists it under another name (Europe/Kyiv, Europe/Kiev).
 */
export function timeZoneChoices(current?: string): string[] {
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** Today's calendar day (YYYY-MM-DD) in a time zone: the default date of a negotiation's forms. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** "Europe/Kyiv" as "Europe/Kyiv (UTC+2)" at a given moment, for showing beside dates. */
export function describeTimeZone(timeZone: string, now = new Date()): string {
  if (timeZone === "UTC") return "UTC";
  const offset = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "shortOffset" }).formatToParts(now).find((part) => part.type === "timeZoneName");
  return `${timeZone.replaceAll("_", " ")}${offset ? ` (${offset.value.replace("GMT", "UTC")})` : ""}`;
}

/** A date field's hint, naming the zone its "today" is read in when that is not UTC. */
export function dayHint(hint: string, timeZone: string | undefined): string {
  return timeZone && timeZone !== "UTC" ? `${hint} Days are in ${describeTimeZone(timeZone)}, the negotiation’s time zone.` : hint;
}
