// TagMFADevice, UntagMFADevice, ListMFADeviceTags (at most 50 tags per device, as IAM allows).
import type { ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import { getVirtualDevice, readTags, requireSerialNumber } from "./iamValidation.js";
import { paginate, renderPage } from "./paginate.js";

export const TAGS_PER_DEVICE = 50;

export const tagMfaDevice: ActionSpec = {
  mutates: true,
  handle(context) {
    const device = getVirtualDevice(context, requireSerialNumber(context));
    const tags = readTags(context);
    if (tags.length === 0) throw wireErrors.missingParameter("Tags");
    const merged = new Map(device.tags.map((tag) => [tag.Key, tag.Value]));
    for (const tag of tags) merged.set(tag.Key, tag.Value);
    if (merged.size > TAGS_PER_DEVICE) throw wireErrors.limitExceeded(`Cannot exceed quota for TagsPerMFADevice: ${TAGS_PER_DEVICE}`);
    device.tags = [...merged.entries()].map(([Key, Value]) => ({ Key, Value }));
    return undefined;
  },
};

export const untagMfaDevice: ActionSpec = {
  mutates: true,
  handle(context) {
    const device = getVirtualDevice(context, requireSerialNumber(context));
    const keys = context.params.memberValues("TagKeys");
    if (keys.length === 0) throw wireErrors.missingParameter("TagKeys");
    device.tags = device.tags.filter((tag) => !keys.includes(tag.Key));
    return undefined;
  },
};

export const listMfaDeviceTags: ActionSpec = {
  handle(context) {
    const device = getVirtualDevice(context, requireSerialNumber(context));
    return renderPage("Tags", paginate(device.tags, context.params), (tag) => ({ Key: tag.Key, Value: tag.Value }));
  },
};
