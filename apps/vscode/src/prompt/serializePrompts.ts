// One input box at a time: requests from several terminals wait their turn instead of stacking
// boxes over each other. A request whose caller went away while waiting is dropped unseen.
import { UserCancelledError, type MfaCodeProvider } from "@mfa-session/core";

export function serializePrompts(provider: MfaCodeProvider): MfaCodeProvider {
  let tail: Promise<unknown> = Promise.resolve();
  return (request) => {
    const turn = tail.then(() => {
      if (request.signal?.aborted) throw new UserCancelledError(`Profile ${request.profile}: the caller went away before the prompt.`);
      return provider(request);
    });
    tail = turn.catch(() => undefined);
    return turn;
  };
}
