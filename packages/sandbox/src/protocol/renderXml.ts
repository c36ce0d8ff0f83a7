// A tiny XML writer for AWS Query/EC2 responses: plain objects become elements, arrays become
// repeated <member> (IAM, STS) or <item> (EC2) children, undefined is left out.

export type XmlValue = string | number | boolean | Date | undefined | null | XmlObject | XmlValue[];
export interface XmlObject {
  [name: string]: XmlValue;
}

/** Text-content escaping, as AWS does it (quotes stay literal). */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry are dropped
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, "").replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/** AWS IAM writes timestamps without milliseconds: 2024-01-01T00:00:00Z. */
export function formatAwsDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function renderXmlValue(value: XmlValue, listItemTag: string): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return formatAwsDate(value);
  if (Array.isArray(value)) {
    return value.map((item) => `<${listItemTag}>${renderXmlValue(item, listItemTag)}</${listItemTag}>`).join("");
  }
  if (typeof value === "object") {
    return Object.entries(value)
      .filter(([, child]) => child !== undefined && child !== null)
      .map(([name, child]) => renderXmlElement(name, child, listItemTag))
      .join("");
  }
  return escapeXml(String(value));
}

export function renderXmlElement(name: string, value: XmlValue, listItemTag: string, attributes = ""): string {
  const body = renderXmlValue(value, listItemTag);
  return body === "" && !Array.isArray(value) ? `<${name}${attributes}/>` : `<${name}${attributes}>${body}</${name}>`;
}
