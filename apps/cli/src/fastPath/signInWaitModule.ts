// The sign-in-wait chunk (dist/chunks/sign-in-wait-<hash>.js, built by build.mjs): what bin.ts loads
// after a cache miss of `credential-process`, before deciding whether the full CLI is needed.
export { answerAfterSignInUnderWay } from "./answerAfterSignInUnderWay.js";
