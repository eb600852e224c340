import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServer } from "./testing/server-process.ts";

/** Sends raw bytes (what fetch would refuse to send) and reads until the server closes. */
function rawRequest(
  url: string,
  bytes: string,
): Promise<{ status: number; head: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (data += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = data.split("\r\n\r\n", 2);
      resolve({ status: Number(head.split(" ")[1]), head, body });
    });
    socket.write(bytes);
    socket.setTimeout(10_000, () => socket.destroy());
  });
}

describe("requests Node or the adapter refuse before the app sees them get a JSON answer", () => {
  let server: ServerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "parallax-http-"));
    server = await startServer({ PARALLAX_DATA_DIR: dataDir, PARALLAX_DEMO: "0" });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const cases: [string, string, number, string][] = [
    [
      "a 100,000-character path",
      `GET /${"a".repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      431,
      "HEADERS_TOO_LARGE",
    ],
    [
      "a backslash path",
      "GET /..\\..\\package.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
      400,
      "MALFORMED_REQUEST",
    ],
    [
      "no Host header",
      "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n",
      400,
      "MALFORMED_REQUEST",
    ],
    ["a garbage request line", "GARBAGE\r\n\r\n", 400, "MALFORMED_REQUEST"],
    [
      "a header name with a space",
      "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n",
      400,
      "MALFORMED_REQUEST",
    ],
    [
      "a DNS-rebinding Host",
      "GET /api/stories HTTP/1.1\r\nHost: rebind.attacker.example\r\nConnection: close\r\n\r\n",
      403,
      "HOST_NOT_ALLOWED",
    ],
  ];

  for (const [what, bytes, status, code] of cases) {
    it(`${what}: ${status} ${code}`, async () => {
      const res = await rawRequest(server.url, bytes);
      expect(res.status, res.head).toBe(status);
      expect(res.head.toLowerCase()).toContain("content-type: application/json");
      expect(res.head.toLowerCase()).toContain("x-content-type-options: nosniff");
      const error = (JSON.parse(res.body) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(10);
    });
  }

  it("still serves normal requests afterwards", async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
