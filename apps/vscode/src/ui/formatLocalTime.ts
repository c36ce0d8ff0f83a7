// The one way the extension shows a moment to a person: local date and time to the minute,
// "2026-12-01 13:56" (short enough for a quick pick's detail line; no UTC ISO form).

const pad = (value: number): string => String(value).padStart(2, "0");

export function formatLocalTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
