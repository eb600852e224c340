// Timestamps are stored and compared as ISO-8601 text (they sort as text on both backends), so
// the schedules (feed polls, re-fetches, leases) do their arithmetic on that text here, once.

/** The ISO timestamp `seconds` after `iso` (before it when negative). */
export const plusSeconds = (iso: string, seconds: number): string =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString();
