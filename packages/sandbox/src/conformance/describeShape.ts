// Reduces an SDK v3 output to its shape: field names and value types, lists by their first item,
// so two endpoints' answers can be compared without their values.

export type Shape = string | { [field: string]: Shape } | Shape[];

export function describeShape(value: unknown): Shape {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return "date";
  if (value instanceof Uint8Array) return "blob";
  if (Array.isArray(value)) return value.length === 0 ? [] : [describeShape(value[0])];
  if (typeof value === "object") {
    const fields: Record<string, Shape> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === "$metadata") continue;
      fields[key] = describeShape((value as Record<string, unknown>)[key]);
    }
    return fields;
  }
  return typeof value;
}

/** Differences as readable lines: "<path>: only in sandbox (string)", "<path>: moto number, sandbox string". */
export function diffShapes(sandbox: Shape, moto: Shape, path = ""): string[] {
  if (typeof sandbox === "string" || typeof moto === "string") {
    return JSON.stringify(sandbox) === JSON.stringify(moto) ? [] : [`${path || "."}: sandbox ${JSON.stringify(sandbox)}, moto ${JSON.stringify(moto)}`];
  }
  if (Array.isArray(sandbox) || Array.isArray(moto)) {
    if (!Array.isArray(sandbox) || !Array.isArray(moto)) return [`${path}: sandbox ${JSON.stringify(sandbox)}, moto ${JSON.stringify(moto)}`];
    if (sandbox.length === 0 || moto.length === 0) return sandbox.length === moto.length ? [] : [`${path}[]: ${sandbox.length === 0 ? "empty in sandbox" : "empty in moto"}`];
    return diffShapes(sandbox[0]!, moto[0]!, `${path}[]`);
  }
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(sandbox), ...Object.keys(moto)])) {
    const child = path ? `${path}.${key}` : key;
    if (!(key in moto)) lines.push(`${child}: only in sandbox`);
    else if (!(key in sandbox)) lines.push(`${child}: only in moto`);
    else lines.push(...diffShapes(sandbox[key]!, moto[key]!, child));
  }
  return lines;
}
