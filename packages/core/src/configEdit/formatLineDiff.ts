// A unified diff of two texts (line based, LCS), for `configure --dry-run`. Pure.

export function formatLineDiff(before: string, after: string, labels = { before: "a", after: "b" }, context = 3): string {
  const a = toLines(before);
  const b = toLines(after);
  const ops = diffOps(a, b);
  if (ops.every((op) => op.kind === "same")) return "";
  const out = [`--- ${labels.before}`, `+++ ${labels.after}`];
  let index = 0;
  while (index < ops.length) {
    if (ops[index]!.kind === "same") { index++; continue; }
    let start = Math.max(0, index - context);
    let end = index;
    // Extend the hunk while changes are within 2*context lines of each other.
    while (end < ops.length) {
      let next = end;
      while (next < ops.length && ops[next]!.kind !== "same") next++;
      let gap = next;
      while (gap < ops.length && ops[gap]!.kind === "same") gap++;
      if (gap < ops.length && gap - next <= 2 * context) { end = gap; continue; }
      end = Math.min(ops.length, next + context);
      break;
    }
    const hunk = ops.slice(start, end);
    const first = hunk[0]!;
    const aCount = hunk.filter((op) => op.kind !== "add").length;
    const bCount = hunk.filter((op) => op.kind !== "del").length;
    out.push(`@@ -${first.aIndex + (aCount ? 1 : 0)},${aCount} +${first.bIndex + (bCount ? 1 : 0)},${bCount} @@`);
    for (const op of hunk) out.push(`${op.kind === "add" ? "+" : op.kind === "del" ? "-" : " "}${op.text}`);
    index = end;
    start = end;
  }
  return `${out.join("\n")}\n`;
}

interface DiffOp { kind: "same" | "add" | "del"; text: string; aIndex: number; bIndex: number }

function toLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function diffOps(a: string[], b: string[]): DiffOp[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { ops.push({ kind: "same", text: a[i]!, aIndex: i, bIndex: j }); i++; j++; }
    else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) { ops.push({ kind: "del", text: a[i]!, aIndex: i, bIndex: j }); i++; }
    else { ops.push({ kind: "add", text: b[j]!, aIndex: i, bIndex: j }); j++; }
  }
  return ops;
}
