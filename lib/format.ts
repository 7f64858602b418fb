const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "30 Nov 2025": timeline dates are calendar days, kept in UTC so they never shift. */
export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** YYYY-MM-DD for <input type="date">. */
export function toDateInput(date: Date): string {
  return date.toISOString().slice(0, 10);
}
