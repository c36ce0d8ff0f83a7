// The response envelopes of the two wire protocols the sandbox speaks: AWS Query (IAM, STS) and
// EC2 Query, for results and for errors.
import type { AwsWireError } from "./AwsWireError.js";
import { escapeXml, renderXmlValue, type XmlObject } from "./renderXml.js";

export type WireProtocol = "query" | "ec2";

export interface WireServiceInfo {
  protocol: WireProtocol;
  xmlns: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function renderResult(service: WireServiceInfo, action: string, result: XmlObject | undefined, requestId: string): string {
  if (service.protocol === "ec2") {
    const body = renderXmlValue(result ?? {}, "item");
    return `${XML_DECLARATION}<${action}Response xmlns="${service.xmlns}"><requestId>${requestId}</requestId>${body}</${action}Response>`;
  }
  const resultXml = result === undefined ? "" : `<${action}Result>${renderXmlValue(result, "member")}</${action}Result>`;
  return (
    `${XML_DECLARATION}<${action}Response xmlns="${service.xmlns}">${resultXml}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

export function renderError(service: WireServiceInfo, error: AwsWireError, requestId: string): string {
  const code = escapeXml(error.code);
  const message = escapeXml(error.message);
  if (service.protocol === "ec2") {
    return `${XML_DECLARATION}<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
  }
  return (
    `${XML_DECLARATION}<ErrorResponse xmlns="${service.xmlns}"><Error><Type>${error.fault}</Type><Code>${code}</Code>` +
    `<Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
