// Text shown inside Markdown (tooltips, messages with links): a profile name such as `my_dev` or
// `[x](command:...)` is shown as written, never taken as emphasis, a link or HTML.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, "\\$&");
}
