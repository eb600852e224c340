import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, jsonRequest, TEST_BACKENDS, type TestApp } from "../testing/test-app.ts";

const TOKEN = "s3cret-token-for-tests";

// app.request's third argument is the node-server env; its socket address is the client IP.
const fromIp = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe.each(TEST_BACKENDS)("bearer token on writes (PARALLAX_API_TOKEN) (%s)", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ apiToken: TOKEN, backend });
  });
  afterAll(() => t.close());

  it("refuses writes without the token or with a wrong one (401), keeps reads open", async () => {
    const none = await t.app.request("/api/stories", jsonRequest("POST", { name: "A" }));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
    for (const header of [
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(1)}`,
      TOKEN,
      "Basic abc",
      // Strict scheme: exact case, one space, nothing after the token.
      `bearer ${TOKEN}`,
      `BEARER ${TOKEN}`,
      `Bearer  ${TOKEN}`,
      `Bearer\t${TOKEN}`,
      `Bearer ${TOKEN} ${TOKEN}`,
    ]) {
      const res = await t.app.request(
        "/api/stories",
        jsonRequest("POST", { name: "A" }, { authorization: header }),
      );
      expect(res.status, header).toBe(401);
    }
    const del = await t.app.request("/api/stories/whatever", { method: "DELETE" });
    expect(del.status).toBe(401);

    expect((await t.app.request("/api/stories")).status).toBe(200);
    expect((await t.app.request("/api/health")).status).toBe(200);
  });

  it("accepts writes with the right token", async () => {
    const res = await t.app.request(
      "/api/stories",
      jsonRequest("POST", { name: "A" }, { authorization: `Bearer ${TOKEN}` }),
    );
    expect(res.status).toBe(201);
  });
});

describe.each(TEST_BACKENDS)("write rate limit per client IP (%s)", (backend) => {
  let t: TestApp;
  let now = Date.parse("2025-10-24T00:00:00Z");
  beforeAll(async () => {
    t = await createTestApp({
      backend,
      writeRateLimit: { burst: 3, refillPerSecond: 1 },
      clock: () => new Date(now),
    });
  });
  afterAll(() => t.close());

  const write = (ip: string) =>
    t.app.request("/api/stories", jsonRequest("POST", { name: "flood" }), fromIp(ip));

  it("answers 429 with Retry-After once a client's burst is spent, per client, and refills", async () => {
    for (let i = 0; i < 3; i++) expect((await write("203.0.113.7")).status).toBe(201);
    const limited = await write("203.0.113.7");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");

    // Another client is not affected; reads are never limited.
    expect((await write("198.51.100.9")).status).toBe(201);
    expect((await t.app.request("/api/stories", {}, fromIp("203.0.113.7"))).status).toBe(200);

    now += 2000;
    expect((await write("203.0.113.7")).status).toBe(201);
    expect((await write("203.0.113.7")).status).toBe(201);
    expect((await write("203.0.113.7")).status).toBe(429);
  });
});

describe("Host header check against DNS rebinding", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("answers only to the loopback names by default: 403 HOST_NOT_ALLOWED for others", async () => {
    for (const origin of ["http://localhost", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect((await t.app.request(`${origin}/api/health`)).status, origin).toBe(200);
    }
    for (const origin of ["http://rebind.attacker.example", "http://127.0.0.1.nip.example:3000"]) {
      const read = await t.app.request(`${origin}/api/stories`);
      expect(read.status, origin).toBe(403);
      expect(((await read.json()) as { error: { code: string } }).error.code).toBe(
        "HOST_NOT_ALLOWED",
      );
      const write = await t.app.request(
        `${origin}/api/stories`,
        jsonRequest("POST", { name: "A" }),
      );
      expect(write.status, origin).toBe(403);
    }
    expect(await t.store.stories.list()).toEqual([]);
  });
});
