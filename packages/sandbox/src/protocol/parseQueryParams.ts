// Reads AWS Query parameters (form body plus URL query) and the list encodings IAM/STS
// (Tags.member.1.Key) and EC2 (InstanceId.1, Filter.1.Value.1) use.
import { AwsWireError, lowerFirst } from "./AwsWireError.js";

export class QueryParams {
  constructor(private readonly values: Map<string, string>) {}

  static parse(...sources: string[]): QueryParams {
    const values = new Map<string, string>();
    for (const source of sources) {
      for (const [key, value] of new URLSearchParams(source)) values.set(key, value);
    }
    return new QueryParams(values);
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  require(name: string): string {
    const value = this.values.get(name);
    if (value === undefined || value === "") {
      throw new AwsWireError(
        "ValidationError",
        `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`,
        400,
      );
    }
    return value;
  }

  /** An optional integer within [min, max]; AWS's ValidationError wording otherwise. */
  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.values.get(name);
    if (raw === undefined || raw === "") return undefined;
    const field = lowerFirst(name);
    if (!/^-?\d+$/.test(raw)) {
      throw new AwsWireError("ValidationError", `1 validation error detected: Value '${raw}' at '${field}' failed to satisfy constraint: Member must be a number`, 400);
    }
    const value = Number(raw);
    if (value < min) {
      throw new AwsWireError("ValidationError", `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`, 400);
    }
    if (value > max) {
      throw new AwsWireError("ValidationError", `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have value less than or equal to ${max}`, 400);
    }
    return value;
  }

  /** Query-protocol structure lists: Prefix.member.N.Field -> [{Field: ...}], in index order. */
  memberStructs(prefix: string): Record<string, string>[] {
    return this.indexed(`${prefix}.member.`, (rest) => {
      const dot = rest.indexOf(".");
      return dot === -1 ? undefined : [rest.slice(0, dot), rest.slice(dot + 1)];
    }).map((fields) => Object.fromEntries(fields));
  }

  /** Query-protocol scalar lists: Prefix.member.N -> [...]. */
  memberValues(prefix: string): string[] {
    return this.scalarList(`${prefix}.member.`);
  }

  /** EC2 scalar lists: Prefix.N -> [...]. */
  ec2Values(prefix: string): string[] {
    return this.scalarList(`${prefix}.`);
  }

  /** EC2 filters: Filter.N.Name and Filter.N.Value.M. */
  ec2Filters(): { name: string; values: string[] }[] {
    const byIndex = new Map<number, { name?: string; values: Map<number, string> }>();
    for (const [key, value] of this.values) {
      const match = /^Filter\.(\d+)\.(Name|Value\.(\d+))$/.exec(key);
      if (!match) continue;
      const index = Number(match[1]);
      const entry = byIndex.get(index) ?? { values: new Map<number, string>() };
      if (match[2] === "Name") entry.name = value;
      else entry.values.set(Number(match[3]), value);
      byIndex.set(index, entry);
    }
    return [...byIndex.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, entry]) => ({ name: entry.name ?? "", values: [...entry.values.entries()].sort(([a], [b]) => a - b).map(([, v]) => v) }));
  }

  private scalarList(prefix: string): string[] {
    const items: [number, string][] = [];
    for (const [key, value] of this.values) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      if (/^\d+$/.test(rest)) items.push([Number(rest), value]);
    }
    return items.sort(([a], [b]) => a - b).map(([, v]) => v);
  }

  private indexed(prefix: string, split: (rest: string) => [string, string] | undefined): [string, string][][] {
    const byIndex = new Map<number, [string, string][]>();
    for (const [key, value] of this.values) {
      if (!key.startsWith(prefix)) continue;
      const parts = split(key.slice(prefix.length));
      if (!parts || !/^\d+$/.test(parts[0])) continue;
      const index = Number(parts[0]);
      byIndex.set(index, [...(byIndex.get(index) ?? []), [parts[1], value]]);
    }
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, fields]) => fields);
  }
}
