// The value of MFA_SESSION_PROMPT for an order, for a program that sets it for another (the extension
// for the CLI in its terminals). parseCodeSourceOrder reads it back.
import { NO_CODE_SOURCE, type CodeSourceName } from "./CodeSource.js";

export function formatCodeSourceOrder(order: readonly CodeSourceName[]): string {
  return order.length === 0 ? NO_CODE_SOURCE : order.join(",");
}
