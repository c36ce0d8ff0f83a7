// Messages are built from parts (a problem, a next step, another program's words): each part that
// ends a sentence gets one full stop, never a second one after its own.

/** `text` with one closing full stop, unless it already ends a sentence (".", "?", "!"). */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
