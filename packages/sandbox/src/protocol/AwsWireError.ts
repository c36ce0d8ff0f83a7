// An error as AWS puts it on the wire (code, message, HTTP status). It never leaves the server: the
// request handler renders it as the service's error body. Deliberately not an MfaSessionError, which
// is for the product's own failures; this is data the sandbox sends to clients.

export class AwsWireError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly fault: "Sender" | "Receiver" = status >= 500 ? "Receiver" : "Sender",
  ) {
    super(message);
    this.name = "AwsWireError";
  }
}

export const wireErrors = {
  validation: (message: string) => new AwsWireError("ValidationError", message, 400),
  missingParameter: (name: string) =>
    new AwsWireError("ValidationError", `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`, 400),
  noSuchEntity: (message: string) => new AwsWireError("NoSuchEntity", message, 404),
  entityExists: (message: string) => new AwsWireError("EntityAlreadyExists", message, 409),
  deleteConflict: (message: string) => new AwsWireError("DeleteConflict", message, 409),
  limitExceeded: (message: string) => new AwsWireError("LimitExceeded", message, 409),
  accessDenied: (message: string) => new AwsWireError("AccessDenied", message, 403),
  invalidAuthenticationCode: () => new AwsWireError("InvalidAuthenticationCode", "Authentication code for device is not valid.", 403),
};

export function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}
