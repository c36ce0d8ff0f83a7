// IAM's Marker/MaxItems pagination: an opaque marker, 100 items by default, at most 1000.
import { AwsWireError } from "../protocol/AwsWireError.js";
import type { QueryParams } from "../protocol/parseQueryParams.js";
import type { XmlValue } from "../protocol/renderXml.js";

export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

export function paginate<T>(items: readonly T[], params: QueryParams): Page<T> {
  const maxItems = params.integer("MaxItems", 1, 1000) ?? 100;
  const marker = params.get("Marker");
  let start = 0;
  if (marker !== undefined) {
    const decoded = /^sandbox-(\d+)$/.exec(Buffer.from(marker, "base64").toString("utf8"));
    if (!decoded) throw new AwsWireError("ValidationError", "Invalid Marker.", 400);
    start = Number(decoded[1]);
  }
  const page = items.slice(start, start + maxItems);
  const next = start + page.length;
  if (next < items.length) {
    return { items: page, IsTruncated: true, Marker: Buffer.from(`sandbox-${next}`).toString("base64") };
  }
  return { items: page, IsTruncated: false };
}

/** The page's list under `listName`, followed by IsTruncated and Marker as IAM orders them. */
export function renderPage<T>(listName: string, page: Page<T>, render: (item: T) => XmlValue): Record<string, XmlValue> {
  return { [listName]: page.items.map(render), IsTruncated: page.IsTruncated, Marker: page.Marker };
}
