// EC2 filter values: `*` matches any run of characters, `?` any one character, everything else
// itself. Matched by the two-pointer glob walk (at most pattern × text steps), never through a
// RegExp: `.*` repeated in a regex backtracks exponentially on a miss (12 stars took 16 s).

export function matchWildcard(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starAt = -1; // the pattern index just after the last `*` seen
  let starText = 0; // where in the text that `*` currently ends
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || (pattern[p] !== "*" && pattern[p] === text[t]))) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      starAt = ++p;
      starText = t;
    } else if (starAt !== -1) {
      p = starAt;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
