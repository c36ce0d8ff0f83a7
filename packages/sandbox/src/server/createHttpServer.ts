// The HTTP layer: 127.0.0.1 only, bounded bodies, every socket tracked so stop() closes them all,
// and no request, however malformed, can take the process down.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "@mfa-session/core";
import { CONTROL_PATH, handleControlRequest, type ControlDependencies } from "../control/handleControlRequest.js";
import type { SignedRequest } from "../sigv4/authenticateRequest.js";
import { handleApiRequest, tooLargeResponse, type ApiDependencies, type ApiResponse } from "./handleApiRequest.js";

export interface HttpServerOptions {
  api: ApiDependencies;
  control: ControlDependencies;
  logger: Logger;
  maxBodyBytes: number;
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** Bodies past this are not even drained: the connection is cut. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

type Body = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

function readBody(request: IncomingMessage, maxBytes: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) request.destroy();
    });
    request.on("end", () => resolve(size > maxBytes ? { ok: false, reason: "too-large" } : { ok: true, body: Buffer.concat(chunks) }));
    request.on("error", () => resolve({ ok: false, reason: "aborted" }));
    request.on("close", () => resolve({ ok: false, reason: "aborted" }));
  });
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.headersDistinct)) {
    if (values) headers[name] = values.join(",");
  }
  return headers;
}

function send(response: ServerResponse, result: ApiResponse): void {
  if (result.kind === "drop") {
    response.socket?.destroy();
    return;
  }
  response.writeHead(result.status, { ...result.headers, "content-length": Buffer.byteLength(result.body) });
  response.end(result.body);
}

export function startHttpServer(port: number, options: HttpServerOptions): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const headers = headersOf(request);
      const body = await readBody(request, options.maxBodyBytes);
      if (!body.ok) {
        if (body.reason === "too-large" && !response.destroyed) send(response, tooLargeResponse(headers));
        return;
      }
      if (url.pathname === CONTROL_PATH) {
        const result = handleControlRequest(request.method ?? "GET", headers["authorization"], body.body, options.control);
        const json = JSON.stringify(result.body);
        response.writeHead(result.status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
        response.end(json);
        return;
      }
      const signed: SignedRequest = { method: request.method ?? "GET", path: url.pathname, query: url.search.replace(/^\?/, ""), headers, body: body.body };
      const result = await handleApiRequest(signed, options.api);
      if (!response.destroyed) send(response, result);
    } catch (error) {
      options.logger.warn(`sandbox: request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent && !response.destroyed) {
        response.writeHead(500, { "content-type": "text/xml" });
        response.end("<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code><Message>An internal error occurred.</Message></Error></ErrorResponse>");
      } else {
        response.destroy();
      }
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      const boundPort = typeof address === "object" && address ? address.port : port;
      resolve({
        port: boundPort,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
            server.closeAllConnections();
          }),
      });
    });
  });
}
