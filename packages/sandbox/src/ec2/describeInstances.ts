// EC2 DescribeInstances over the instances seeded in the sandbox state (EC2 Query protocol:
// InstanceId.N, Filter.N.Name/Value.M, MaxResults/NextToken, <item> lists, lower-camel names).
import type { ActionSpec } from "../actions/ActionSpec.js";
import { AwsWireError } from "../protocol/AwsWireError.js";
import type { XmlObject } from "../protocol/renderXml.js";
import type { InstanceRecord } from "../state/SandboxState.js";
import { matchWildcard } from "./matchWildcard.js";

const STATE_CODES: Record<InstanceRecord["state"], number> = {
  pending: 0, running: 16, "shutting-down": 32, terminated: 48, stopping: 64, stopped: 80,
};

function filterValue(instance: InstanceRecord, name: string): string[] | undefined {
  if (name.startsWith("tag:")) return instance.tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
  switch (name) {
    case "instance-id": return [instance.instanceId];
    case "instance-state-name": return [instance.state];
    case "instance-type": return [instance.instanceType];
    case "image-id": return [instance.imageId];
    case "availability-zone": return [instance.availabilityZone];
    case "tag-key": return instance.tags.map((t) => t.Key);
    default: return undefined;
  }
}

function renderInstance(instance: InstanceRecord): XmlObject {
  return {
    instanceId: instance.instanceId,
    imageId: instance.imageId,
    instanceState: { code: STATE_CODES[instance.state], name: instance.state },
    privateDnsName: `ip-${instance.privateIpAddress.replace(/\./g, "-")}.ec2.internal`,
    amiLaunchIndex: 0,
    productCodes: [],
    instanceType: instance.instanceType,
    launchTime: new Date(instance.launchedAt),
    placement: { availabilityZone: instance.availabilityZone, groupName: "", tenancy: "default" },
    monitoring: { state: "disabled" },
    privateIpAddress: instance.privateIpAddress,
    sourceDestCheck: true,
    architecture: "x86_64",
    rootDeviceType: "ebs",
    rootDeviceName: "/dev/xvda",
    virtualizationType: "hvm",
    hypervisor: "xen",
    ebsOptimized: false,
    tagSet: instance.tags.length ? instance.tags.map((t) => ({ key: t.Key, value: t.Value })) : undefined,
  };
}

function invalidParameter(message: string): AwsWireError {
  return new AwsWireError("InvalidParameterValue", message, 400);
}

export const describeInstances: ActionSpec = {
  handle(context) {
    const { params } = context;
    if (params.get("DryRun") === "true") {
      throw new AwsWireError("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
    }
    const ids = params.ec2Values("InstanceId");
    const maxResults = params.get("MaxResults");
    if (ids.length > 0 && maxResults !== undefined) {
      throw new AwsWireError("InvalidParameterCombination", "The parameter instancesSet cannot be used with the parameter maxResults", 400);
    }
    const limit = maxResults === undefined ? 1000 : Number(maxResults);
    if (!Number.isInteger(limit) || limit < 5 || limit > 1000) {
      throw invalidParameter(`Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`);
    }
    for (const id of ids) {
      if (!/^i-[0-9a-f]{8,17}$/.test(id)) throw new AwsWireError("InvalidInstanceID.Malformed", `Invalid id: "${id.slice(0, 64)}"`, 400);
    }
    const inRegion = context.state.instances.filter((i) => i.region === context.region);
    const missing = ids.filter((id) => !inRegion.some((i) => i.instanceId === id));
    if (missing.length > 0) {
      throw new AwsWireError("InvalidInstanceID.NotFound", `The instance ID${missing.length > 1 ? "s" : ""} '${missing.join(", ")}' do${missing.length > 1 ? "" : "es"} not exist`, 400);
    }
    const filters = params.ec2Filters();
    let selected = ids.length ? inRegion.filter((i) => ids.includes(i.instanceId)) : inRegion;
    for (const filter of filters) {
      const patterns = filter.values;
      if (filterValue(SAMPLE, filter.name) === undefined) throw invalidParameter(`The filter '${filter.name.slice(0, 64)}' is invalid`);
      selected = selected.filter((i) => (filterValue(i, filter.name) ?? []).some((v) => patterns.some((p) => matchWildcard(p, v))));
    }
    const start = readNextToken(params.get("NextToken"));
    const page = selected.slice(start, start + limit);
    const next = start + page.length < selected.length ? Buffer.from(`sandbox-${start + page.length}`).toString("base64") : undefined;
    const reservations = new Map<string, InstanceRecord[]>();
    for (const instance of page) reservations.set(instance.reservationId, [...(reservations.get(instance.reservationId) ?? []), instance]);
    return {
      reservationSet: [...reservations.entries()].map(([reservationId, instances]) => ({
        reservationId,
        ownerId: context.accountId,
        groupSet: [],
        instancesSet: instances.map(renderInstance),
      })),
      nextToken: next,
    };
  },
};

/** Any instance: used only to ask whether a filter name is one the sandbox knows. */
const SAMPLE: InstanceRecord = {
  instanceId: "i-00000000", imageId: "", instanceType: "", state: "running", region: "", availabilityZone: "",
  privateIpAddress: "", launchedAt: 0, reservationId: "", tags: [],
};

function readNextToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const match = /^sandbox-(\d+)$/.exec(Buffer.from(token, "base64").toString("utf8"));
  if (!match) throw invalidParameter("Invalid value for parameter NextToken");
  return Number(match[1]);
}
