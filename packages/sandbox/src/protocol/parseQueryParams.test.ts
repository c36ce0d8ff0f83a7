import { describe, expect, it } from "vitest";
import { countArrayIteratorSteps } from "../testing/countArrayIteratorSteps.js";
import { QueryParams } from "./parseQueryParams.js";

function body(fields: string[]): string {
  return ["Action=TagMFADevice", ...fields].join("&");
}

/** The work a list read does for n and for 4n fields, counted in iterator steps rather than time. */
function workFor(n: number, fieldsFor: (n: number) => string[], read: (params: QueryParams) => unknown): [number, number] {
  const count = (size: number) => {
    const params = QueryParams.parse(body(fieldsFor(size)));
    return countArrayIteratorSteps(() => read(params));
  };
  return [count(n), count(4 * n)];
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

describe(QueryParams.name, () => {
  it("reads Query-protocol member lists in index order", () => {
    const params = QueryParams.parse("Tags.member.2.Key=b&Tags.member.2.Value=2&Tags.member.1.Key=a&Tags.member.1.Value=1&TagKeys.member.1=x&TagKeys.member.2=y");
    expect(params.memberStructs("Tags")).toEqual([{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }]);
    expect(params.memberValues("TagKeys")).toEqual(["x", "y"]);
  });

  it("closes gaps in member indices, keeps index 0 and ignores keys that are not members", () => {
    const params = QueryParams.parse(
      "Tags.member.10.Key=c&Tags.member.0.Key=a&Tags.member.3.Key=b&Tags.member.x.Key=no&Tags.member.4=no&Tags.member.-1.Key=no&TagsX.member.1.Key=no&Tags.1.Key=no",
    );
    expect(params.memberStructs("Tags")).toEqual([{ Key: "a" }, { Key: "b" }, { Key: "c" }]);
  });

  it("merges one index written two ways, the later value winning", () => {
    const params = QueryParams.parse("Tags.member.1.Key=a&Tags.member.1.Value=1&Tags.member.01.Key=b");
    expect(params.memberStructs("Tags")).toEqual([{ Key: "b", Value: "1" }]);
  });

  it("keeps the rest of a nested member's name as its field name", () => {
    const params = QueryParams.parse("Policies.member.1.Name=p&Policies.member.1.Arns.member.2=y&Policies.member.1.Arns.member.1=x");
    expect(params.memberStructs("Policies")).toEqual([{ Name: "p", "Arns.member.2": "y", "Arns.member.1": "x" }]);
  });

  it("reads an absent list as empty", () => {
    const params = QueryParams.parse("Action=TagMFADevice&Tags=");
    expect(params.memberStructs("Tags")).toEqual([]);
    expect(params.memberValues("TagKeys")).toEqual([]);
    expect(params.ec2Values("InstanceId")).toEqual([]);
    expect(params.ec2Filters()).toEqual([]);
  });

  it("reads EC2 lists and filters", () => {
    const params = QueryParams.parse("InstanceId.2=i-2&InstanceId.1=i-1&Filter.1.Name=tag:Name&Filter.1.Value.2=b&Filter.1.Value.1=a");
    expect(params.ec2Values("InstanceId")).toEqual(["i-1", "i-2"]);
    expect(params.ec2Filters()).toEqual([{ name: "tag:Name", values: ["a", "b"] }]);
  });

  it("reads EC2 filters in index order across gaps", () => {
    const params = QueryParams.parse("Filter.7.Name=b&Filter.7.Value.9=z&Filter.2.Name=a&Filter.2.Value.5=y&Filter.2.Value.1=x&Filter.3.Value.1=v");
    expect(params.ec2Filters()).toEqual([{ name: "a", values: ["x", "y"] }, { name: "", values: ["v"] }, { name: "b", values: ["z"] }]);
  });

  it("does work linear in the fields of a single member", () => {
    const [small, large] = workFor(2_000, (n) => range(n).map((i) => `Tags.member.1.F${i}=v`), (p) => p.memberStructs("Tags"));
    expect(large).toBeLessThanOrEqual(5 * small);
  });

  it("does work linear in the number of members", () => {
    const [small, large] = workFor(2_000, (n) => range(n).map((i) => `Tags.member.${i}.Key=k&Tags.member.${i}.Value=v`), (p) => p.memberStructs("Tags"));
    expect(large).toBeLessThanOrEqual(5 * small);
  });

  it("does work linear in scalar lists and EC2 filter values", () => {
    const [smallScalars, largeScalars] = workFor(2_000, (n) => range(n).map((i) => `TagKeys.member.${i}=k`), (p) => p.memberValues("TagKeys"));
    expect(largeScalars).toBeLessThanOrEqual(5 * smallScalars);
    const [smallFilters, largeFilters] = workFor(2_000, (n) => ["Filter.1.Name=tag-key", ...range(n).map((i) => `Filter.1.Value.${i}=v`)], (p) => p.ec2Filters());
    expect(largeFilters).toBeLessThanOrEqual(5 * smallFilters);
  });

  it("checks integers with AWS's ValidationError wording", () => {
    const params = QueryParams.parse("DurationSeconds=100&MaxItems=abc");
    expect(() => params.integer("DurationSeconds", 900, 129600)).toThrow("Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
    expect(() => params.integer("MaxItems", 1, 1000)).toThrow("Member must be a number");
    expect(params.integer("Missing", 1, 2)).toBeUndefined();
    expect(() => params.require("UserName")).toThrow(expect.objectContaining({ code: "ValidationError", status: 400 }));
  });
});
