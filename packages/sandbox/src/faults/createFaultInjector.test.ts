import { describe, expect, it } from "vitest";
import { createFaultInjector } from "./createFaultInjector.js";

describe(createFaultInjector.name, () => {
  it("applies a rule to its action and to every action for '*', and counts down `times`", () => {
    const faults = createFaultInjector();
    faults.set({ action: "GetSessionToken", kind: "throttle", times: 2 });
    faults.set({ action: "*", kind: "latency", latencyMs: 50 });
    expect(faults.decide("GetCallerIdentity", "query")).toEqual({ latencyMs: 50, drop: false });
    expect(faults.decide("GetSessionToken", "query").error).toMatchObject({ code: "Throttling", status: 400 });
    expect(faults.decide("GetSessionToken", "query").error).toMatchObject({ code: "Throttling" });
    expect(faults.decide("GetSessionToken", "query").error).toBeUndefined();
    expect(faults.list()).toEqual([{ action: "*", kind: "latency", latencyMs: 50 }]);
  });

  it("speaks each protocol's error codes", () => {
    const faults = createFaultInjector();
    faults.set({ action: "DescribeInstances", kind: "throttle" });
    faults.set({ action: "CreateUser", kind: "error", status: 503 });
    expect(faults.decide("DescribeInstances", "ec2").error).toMatchObject({ code: "RequestLimitExceeded", status: 503 });
    expect(faults.decide("CreateUser", "query").error).toMatchObject({ code: "ServiceUnavailable", status: 503 });
    faults.clear("CreateUser");
    expect(faults.decide("CreateUser", "query").error).toBeUndefined();
  });

  it("rejects malformed rules with a message naming the fields", () => {
    const faults = createFaultInjector();
    expect(() => faults.set({ action: "", kind: "drop" })).toThrow(/action/);
    expect(() => faults.set({ action: "X", kind: "error", status: 404 })).toThrow(/5xx/);
    expect(() => faults.set({ action: "X", kind: "latency", latencyMs: -1 })).toThrow(/latencyMs/);
  });
});
