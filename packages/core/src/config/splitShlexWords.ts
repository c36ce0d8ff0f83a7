// Python's shlex.split (POSIX mode, no comments), which botocore applies to a config section header
// to find the profile name in `[profile "my dev"]`: words split at whitespace, '...' and "..." quote,
// a backslash escapes the next character (inside "..." only " and \). Pure.

/** The words of `text`, or undefined where shlex raises ValueError (an open quote, a final backslash). */
export function splitShlexWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === " " || char === "\t" || char === "\r" || char === "\n") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      index++;
      continue;
    }
    inWord = true;
    if (char === "\\") {
      if (index + 1 >= text.length) return undefined;
      word += text[index + 1];
      index += 2;
    } else if (char === "'") {
      const end = text.indexOf("'", index + 1);
      if (end < 0) return undefined;
      word += text.slice(index + 1, end);
      index = end + 1;
    } else if (char === '"') {
      index++;
      for (;;) {
        if (index >= text.length) return undefined;
        const inner = text[index]!;
        if (inner === '"') break;
        if (inner === "\\") {
          if (index + 1 >= text.length) return undefined;
          const next = text[index + 1]!;
          word += next === '"' || next === "\\" ? next : `\\${next}`;
          index += 2;
        } else {
          word += inner;
          index++;
        }
      }
      index++;
    } else {
      word += char;
      index++;
    }
  }
  if (inWord) words.push(word);
  return words;
}
