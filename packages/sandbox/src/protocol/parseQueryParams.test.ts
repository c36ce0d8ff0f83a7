import { describe, expect, it } from "vitest";
import { QueryParams } from "./parseQueryParams.js";

describe(QueryParams.name, () => {
  it("reads Query-protocol member lists in index order", () => {
    const params = QueryParams.parse("Tags.member.2.Key=b&Tags.member.2.Value=2&Tags.member.1.Key=a&Tags.member.1.Value=1&TagKeys.member.1=x&TagKeys.member.2=y");
    expect(params.memberStructs("Tags")).toEqual([{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }]);
    expect(params.memberValues("TagKeys")).toEqual(["x", "y"]);
  });

  it("reads EC2 lists and filters", () => {
    const params = QueryParams.parse("InstanceId.2=i-2&InstanceId.1=i-1&Filter.1.Name=tag:Name&Filter.1.Value.2=b&Filter.1.Value.1=a");
    expect(params.ec2Values("InstanceId")).toEqual(["i-1", "i-2"]);
    expect(params.ec2Filters()).toEqual([{ name: "tag:Name", values: ["a", "b"] }]);
  });

  it("checks integers with AWS's ValidationError wording", () => {
    const params = QueryParams.parse("DurationSeconds=100&MaxItems=abc");
    expect(() => params.integer("DurationSeconds", 900, 129600)).toThrow("Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
    expect(() => params.integer("MaxItems", 1, 1000)).toThrow("Member must be a number");
    expect(params.integer("Missing", 1, 2)).toBeUndefined();
    expect(() => params.require("UserName")).toThrow(expect.objectContaining({ code: "ValidationError", status: 400 }));
  });
});
