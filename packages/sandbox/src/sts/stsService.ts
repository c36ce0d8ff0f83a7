// STS's action table (AWS Query protocol, version 2011-06-15).
import type { ServiceSpec } from "../actions/ActionSpec.js";
import { assumeRole } from "./assumeRole.js";
import { getCallerIdentity } from "./getCallerIdentity.js";
import { getSessionToken } from "./getSessionToken.js";

export const stsService: ServiceSpec = {
  name: "sts",
  version: "2011-06-15",
  protocol: "query",
  xmlns: "https://sts.amazonaws.com/doc/2011-06-15/",
  actions: {
    GetSessionToken: getSessionToken,
    AssumeRole: assumeRole,
    GetCallerIdentity: getCallerIdentity,
  },
};
