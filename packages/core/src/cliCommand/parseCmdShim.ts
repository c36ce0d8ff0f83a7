// The script an npm (or pnpm) Windows launcher starts: `npm install --global mfa-session` writes
// mfa-session.cmd beside node_modules, and it runs `"%_prog%" "%dp0%\node_modules\mfa-session\dist\mfa-session.js" %*`
// where _prog is node.exe beside the launcher when one is there, else `node` from PATH (npm's
// cmd-shim; pnpm's writes "%~dp0\..." the same way). Pure: returns the script relative to the
// launcher's folder, or undefined for any other .cmd.

export function parseCmdShim(text: string): string | undefined {
  const targets = [...text.matchAll(/"%(?:dp0%|~dp0)\\?([^"%]+)"/gi)]
    .map((match) => match[1]!)
    .filter((target) => /\.[cm]?js$/i.test(target));
  return targets.at(-1);
}
