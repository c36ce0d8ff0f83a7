// EC2's action table (EC2 Query protocol, version 2016-11-15): only DescribeInstances, enough to
// show MFA-protected API access end to end.
import type { ServiceSpec } from "../actions/ActionSpec.js";
import { describeInstances } from "./describeInstances.js";

export const ec2Service: ServiceSpec = {
  name: "ec2",
  version: "2016-11-15",
  protocol: "ec2",
  xmlns: "http://ec2.amazonaws.com/doc/2016-11-15/",
  actions: { DescribeInstances: describeInstances },
};
