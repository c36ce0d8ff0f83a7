// Random lowercase hex for temp-file names, lock tokens and attempt ids (not for secrets' key material).
import { loadCrypto } from "./loadBuiltin.js";

export function randomHex(byteLength: number): string {
  return loadCrypto().randomBytes(byteLength).toString("hex");
}
