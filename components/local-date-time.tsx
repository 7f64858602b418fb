"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/format";

const noSubscription = () => () => {};

/**
 * A moment (when something was logged, edited, expires) in the reader's own locale and time zone,
 * with the zone named. The server does not know the reader's zone, so the first render shows UTC
 * and the browser replaces it once it runs.
 */
export function LocalDateTime({ value }: { value: Date }) {
  const isInBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const text = isInBrowser
    ? new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }).format(
        value,
      )
    : formatDateTime(value);
  return (
    <time dateTime={value.toISOString()} title={formatDateTime(value)}>
      {text}
    </time>
  );
}
