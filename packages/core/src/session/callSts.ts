// The one place a session flow's STS call meets error translation: SDK errors become project errors
// (InvalidMfaCodeError, AccessDeniedError, ENDPOINT_UNREACHABLE, ...) naming the profile and endpoint.
import { translateAwsError } from "../aws/translateAwsError.js";

export interface CallStsContext {
  subject: string;
  endpoint?: string | undefined;
}

export async function callSts<T>(context: CallStsContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateAwsError(error, context.endpoint === undefined ? { subject: context.subject } : { subject: context.subject, endpoint: context.endpoint });
  }
}
