// Compact time left for the status bar: "11h42m", "42m", "<1m", "expired".

export function formatTimeLeft(milliseconds: number): string {
  if (milliseconds <= 0) return "expired";
  const minutes = Math.floor(milliseconds / 60_000);
  if (minutes < 1) return "<1m";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return `${hours}h${String(rest).padStart(2, "0")}m`;
}
