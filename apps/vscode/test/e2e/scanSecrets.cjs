// The E2E secret scan: every secret the sandbox holds at the end of the run (access keys, session
// credentials, MFA seeds) and every MFA code those seeds gave during the run, searched for in every
// log, output channel log and terminal text the run captured. Writes { files, bytes, secrets, codes,
// leaks } to the given JSON file; a leak names the file and the kind, never the secret.
// usage: node scanSecrets.cjs ENDPOINT ADMIN_KEY ADMIN_SECRET STARTED_MS OUT_JSON DIR_OR_FILE...
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const [endpoint, adminKey, adminSecret, startedMs, outFile, ...roots] = process.argv.slice(2);
const SECRET_FIELDS = new Set(["secretAccessKey", "sessionToken", "seedBase32"]);
const TEXT_FILE = /\.(log|txt|json)$/;

function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of text.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(seed, timeMs) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 30_000)));
  const hmac = crypto.createHmac("sha1", base32(seed)).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

function collect(value, secrets, seeds) {
  if (Array.isArray(value)) return value.forEach((item) => collect(item, secrets, seeds));
  if (typeof value !== "object" || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key) && typeof inner === "string" && inner.length >= 8) {
      secrets.add(inner);
      if (key === "seedBase32") seeds.add(inner);
    } else collect(inner, secrets, seeds);
  }
}

function files(root) {
  if (!fs.existsSync(root)) return [];
  const stats = fs.statSync(root);
  if (stats.isFile()) return TEXT_FILE.test(root) ? [root] : [];
  return fs.readdirSync(root).flatMap((name) => files(path.join(root, name)));
}

async function main() {
  const response = await fetch(`${endpoint}/_sandbox/control`, {
    method: "POST",
    headers: { authorization: `SandboxAdmin ${adminKey}:${adminSecret}` },
    body: JSON.stringify({ op: "snapshot" }),
  });
  if (!response.ok) throw new Error(`sandbox snapshot failed: ${response.status}`);
  const secrets = new Set([adminSecret]);
  const seeds = new Set();
  collect(await response.json(), secrets, seeds);
  const codes = new Set();
  for (const seed of seeds) for (let t = Number(startedMs) - 60_000; t <= Date.now() + 60_000; t += 30_000) codes.add(totp(seed, t));
  const leaks = [];
  let bytes = 0;
  const scanned = [...new Set(roots.flatMap(files))];
  for (const file of scanned) {
    const text = fs.readFileSync(file, "utf8");
    bytes += text.length;
    for (const secret of secrets) if (text.includes(secret)) leaks.push({ file: path.basename(file), what: `a secret (${secret.slice(0, 4)}…)` });
    for (const code of codes) if (new RegExp(`(?<![\\w])${code}(?![\\w])`).test(text)) leaks.push({ file: path.basename(file), what: "an MFA code" });
  }
  const result = { files: scanned.map((file) => path.basename(file)), bytes, secrets: secrets.size, codes: codes.size, leaks };
  fs.writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
  console.error(`[e2e] secret scan: ${scanned.length} files, ${bytes} chars, ${secrets.size} secrets, ${codes.size} codes, ${leaks.length} leaks`);
}

main().catch((error) => {
  fs.writeFileSync(outFile, `${JSON.stringify({ error: String(error && error.message) })}\n`);
  console.error(`[e2e] secret scan failed: ${error && error.message}`);
});
