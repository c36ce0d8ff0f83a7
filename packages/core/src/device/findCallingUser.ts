// The IAM user behind the credentials (GetCallerIdentity), for `device setup`; a role session has
// no user to attach a virtual MFA device to, so it is refused (the hint: an administrator's create and enable).
import { UsageError } from "../errors/errors.js";
import { translateAwsError } from "../aws/translateAwsError.js";
import type { StsPort } from "../ports/ports.js";

export interface CallingUser {
  userName: string;
  accountId: string;
  arn: string;
}

export async function findCallingUser(options: { sts: StsPort; endpoint?: string }): Promise<CallingUser> {
  const { GetCallerIdentityCommand } = await import("@aws-sdk/client-sts");
  let arn: string;
  let accountId: string;
  try {
    const identity = await options.sts.send(new GetCallerIdentityCommand({}));
    arn = identity.Arn ?? "";
    accountId = identity.Account ?? "";
  } catch (error) {
    throw translateAwsError(error, { subject: "Finding the calling IAM user", endpoint: options.endpoint });
  }
  const match = /^arn:[\w-]+:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match) {
    throw new UsageError(`The credentials belong to ${arn || "an unknown identity"}, not an IAM user, and device setup is for IAM users`, {
      hint: { kind: "not-an-iam-user" }, nextStep: "an administrator can create a device and enable it for the user",
    });
  }
  return { userName: match[2]!, accountId: accountId || match[1]!, arn };
}
