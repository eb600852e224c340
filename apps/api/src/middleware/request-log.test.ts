import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Json, jsonRequest, type TestApp } from "../testing/test-app.ts";

const TOKEN = "request-log-test-token";

describe("request ids, access log and audit log", () => {
  let t: TestApp;
  const lines: Json[] = [];
  beforeAll(async () => {
    t = await createTestApp({
      logLevel: "info",
      apiToken: TOKEN,
      logSink: (line) => lines.push(JSON.parse(line) as Json),
    });
  });
  afterAll(() => t.close());
  const auth = { authorization: `Bearer ${TOKEN}` };

  it("echoes a sane X-Request-Id, makes one otherwise, on successes and errors alike", async () => {
    const given = await t.app.request("/api/health", { headers: { "x-request-id": "abc-123" } });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    for (const bad of ["has space", "x".repeat(65), "<script>"]) {
      const res = await t.app.request("/api/stories/nope", { headers: { "x-request-id": bad } });
      expect(res.status).toBe(404);
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    const refused = await t.app.request("http://rebind.example/api/stories");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("writes one access line per request and an audit line per write, all with the request id", async () => {
    lines.length = 0;
    const created = await t.app.request(
      "/api/stories",
      jsonRequest("POST", { name: "Audit me" }, { ...auth, "x-request-id": "create-1" }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Json;
    const denied = await t.app.request(`/api/stories/${id}`, {
      method: "DELETE",
      headers: { "x-request-id": "delete-no-token" },
    });
    expect(denied.status).toBe(401);
    const deleted = await t.app.request(`/api/stories/${id}`, {
      method: "DELETE",
      headers: { ...auth, "x-request-id": "delete-1" },
    });
    expect(deleted.status).toBe(204);
    await t.app.request("/api/stories", { headers: { "x-request-id": "list-1" } });

    expect(lines.every((line) => typeof line.requestId === "string")).toBe(true);
    const access = lines.filter((line) => line.message === "request");
    expect(access.map((line) => [line.requestId, line.method, line.status])).toEqual([
      ["create-1", "POST", 201],
      ["delete-no-token", "DELETE", 401],
      ["delete-1", "DELETE", 204],
      ["list-1", "GET", 200],
    ]);
    expect(access.every((line) => typeof line.ms === "number" && line.path)).toBe(true);
    const audit = lines.filter((line) => line.message === "audit");
    expect(audit).toMatchObject([
      { requestId: "create-1", action: "POST /api/stories", status: 201, actor: "token holder" },
      {
        requestId: "delete-no-token",
        action: `DELETE /api/stories/${id}`,
        status: 401,
        outcome: "refused",
        actor: "unauthenticated",
      },
      { requestId: "delete-1", action: `DELETE /api/stories/${id}`, status: 204, outcome: "done" },
    ]);
  });

  it("refuses a JSON body that is not valid UTF-8 with 400 (it was stored with U+FFFD)", async () => {
    const body = Buffer.concat([
      Buffer.from('{"name":"Caf'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    const res = await t.app.request("/api/stories", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body,
    });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as Json).error;
    expect(error.code).toBe("INVALID_JSON");
    expect(error.message).toMatch(/UTF-8/);
    const ok = await t.app.request("/api/stories", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: Buffer.from('{"name":"Café ☕"}'),
    });
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as Json).name).toBe("Café ☕");
  });
});
