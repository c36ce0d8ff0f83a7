// IAM's action table (AWS Query protocol, version 2010-05-08; global, signed for us-east-1).
import type { ServiceSpec } from "../actions/ActionSpec.js";
import { createAccessKey, deleteAccessKey, listAccessKeys, updateAccessKey } from "./accessKeyActions.js";
import { deactivateMfaDevice, enableMfaDevice, resyncMfaDevice } from "./mfaAssignmentActions.js";
import { listMfaDeviceTags, tagMfaDevice, untagMfaDevice } from "./mfaDeviceTagActions.js";
import { getMfaDevice, listMfaDevices } from "./mfaDeviceQueryActions.js";
import { createRole, getRole } from "./roleActions.js";
import { createUser, getUser } from "./userActions.js";
import { createVirtualMfaDevice, deleteVirtualMfaDevice, listVirtualMfaDevices } from "./virtualMfaDeviceActions.js";

export const iamService: ServiceSpec = {
  name: "iam",
  version: "2010-05-08",
  protocol: "query",
  xmlns: "https://iam.amazonaws.com/doc/2010-05-08/",
  actions: {
    CreateUser: createUser,
    GetUser: getUser,
    CreateAccessKey: createAccessKey,
    DeleteAccessKey: deleteAccessKey,
    UpdateAccessKey: updateAccessKey,
    ListAccessKeys: listAccessKeys,
    CreateVirtualMFADevice: createVirtualMfaDevice,
    DeleteVirtualMFADevice: deleteVirtualMfaDevice,
    ListVirtualMFADevices: listVirtualMfaDevices,
    EnableMFADevice: enableMfaDevice,
    ResyncMFADevice: resyncMfaDevice,
    DeactivateMFADevice: deactivateMfaDevice,
    ListMFADevices: listMfaDevices,
    GetMFADevice: getMfaDevice,
    TagMFADevice: tagMfaDevice,
    UntagMFADevice: untagMfaDevice,
    ListMFADeviceTags: listMfaDeviceTags,
    CreateRole: createRole,
    GetRole: getRole,
  },
};
