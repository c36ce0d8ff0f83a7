// Reads an access key id and its secret for `keys add`: on the person's terminal with echo off (never
// through argv, which other users can see in the process list), or as two lines on stdin (--stdin,
// for a password manager's or aws-vault's output piped in).
import { PromptUnavailableError, UserCancelledError } from "@mfa-session/core";
import { openControllingTty, type TtyHandle } from "../../prompt/ttyPromptDriver.js";
import { applyLineKeys } from "./applyLineKeys.js";

export interface KeyPairInput {
  accessKeyId: string;
  secretAccessKey: string;
}

export async function askKeyPairOnTerminal(profile: string, openTty: () => TtyHandle = openControllingTty): Promise<KeyPairInput> {
  let tty: TtyHandle;
  try {
    tty = openTty();
  } catch (error) {
    throw new PromptUnavailableError(
      `keys add needs a terminal to read the keys without showing them: run it in an interactive terminal, pipe the two lines in with --stdin, or put the keys in the credentials file and run "mfa-session keys import --profile ${profile}".`,
      { cause: error },
    );
  }
  try {
    tty.write(`Keys for profile ${profile} (typing is not shown).\r\n`);
    const accessKeyId = await readHiddenLine(tty, "Access key ID: ");
    const secretAccessKey = await readHiddenLine(tty, "Secret access key: ");
    return { accessKeyId, secretAccessKey };
  } finally {
    tty.close();
  }
}

function readHiddenLine(tty: TtyHandle, question: string): Promise<string> {
  tty.write(question);
  return new Promise((resolve, reject) => {
    let text = "";
    let done = false;
    tty.read((chunk) => {
      if (done) return;
      const state = applyLineKeys(text, chunk);
      text = state.text;
      if (state.outcome === "pending") return;
      done = true;
      tty.write("\r\n");
      if (state.outcome === "cancelled") reject(new UserCancelledError("Cancelled; nothing was stored."));
      else resolve(text);
    }, (error) => { if (!done) { done = true; reject(error); } });
  });
}

/** The first two lines of `input` (stdin): the key id, then the secret. */
export async function readKeyPairFromStream(input: AsyncIterable<string | Buffer>, profile: string): Promise<KeyPairInput> {
  let text = "";
  for await (const chunk of input) text += chunk.toString();
  const [accessKeyId = "", secretAccessKey = ""] = text.split(/\r?\n/).map((line) => line.trim());
  if (accessKeyId === "" || secretAccessKey === "") {
    throw new PromptUnavailableError(`keys add --stdin for profile ${profile}: give two lines on stdin, the access key ID and then the secret access key.`);
  }
  return { accessKeyId, secretAccessKey };
}
