// Decides which service a request is for: the SigV4 scope's service first, then the Version
// parameter, then the action name. Used to pick the wire format even for requests that fail early.
import type { ServiceSpec } from "../actions/ActionSpec.js";
import { ec2Service } from "../ec2/ec2Service.js";
import { iamService } from "../iam/iamService.js";
import { stsService } from "../sts/stsService.js";

export const SERVICES: readonly ServiceSpec[] = [iamService, stsService, ec2Service];

export function selectService(scopeService: string | undefined, version: string | undefined, action: string | undefined): ServiceSpec {
  return (
    SERVICES.find((s) => s.name === scopeService) ??
    SERVICES.find((s) => s.version === version) ??
    SERVICES.find((s) => action !== undefined && Object.hasOwn(s.actions, action)) ??
    iamService
  );
}
