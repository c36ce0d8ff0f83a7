import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { startMoto } from "./startMoto.js";

function status(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    req.end();
  });
}

describe(startMoto.name, () => {
  it("answers on 127.0.0.1 once started and stops listening after stop()", async () => {
    const moto = await startMoto();
    try {
      expect(moto.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await status(`${moto.endpoint}/moto-api/`)).toBe(200);
    } finally {
      await moto.stop();
    }
    expect(await status(`${moto.endpoint}/moto-api/`)).toBe("ECONNREFUSED");
  });

  it("reports a program that cannot start", async () => {
    await expect(startMoto({ command: "/nonexistent/moto_server", startTimeoutMs: 2000 })).rejects.toThrow(/moto_server did not start/);
  });
});
