import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("has working defaults: port 3000 on 127.0.0.1, ./.data under the working directory, SQLite", () => {
    const config = loadConfig({}, "/srv/parallax");
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      dataDir: "/srv/parallax/.data",
      databaseUrl: null,
      apiToken: null,
      demo: true,
      writeRateLimit: { burst: 60, refillPerSecond: 1 },
      fetch: { allowPrivate: false, maxRedirects: 5, maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000 },
    });
    expect(config.workers).toBeGreaterThanOrEqual(1);
  });

  it("reads every variable", () => {
    const config = loadConfig(
      {
        PORT: "0",
        HOST: "0.0.0.0",
        PARALLAX_DATA_DIR: "/var/lib/parallax",
        DATABASE_URL: "postgresql://u@db/parallax",
        PARALLAX_PG_SCHEMA: "tenant_a",
        PARALLAX_API_TOKEN: "long-enough-token",
        PARALLAX_ALLOW_PRIVATE_URLS: "1",
        PARALLAX_DEMO: "0",
        PARALLAX_WRITE_BURST: "0",
        PARALLAX_WORKERS: "3",
        WEB_DIST_DIR: "web",
      },
      "/srv",
    );
    expect(config).toMatchObject({
      port: 0,
      host: "0.0.0.0",
      dataDir: "/var/lib/parallax",
      databaseUrl: "postgresql://u@db/parallax",
      databaseSchema: "tenant_a",
      apiToken: "long-enough-token",
      demo: false,
      workers: 3,
      webDistDir: "/srv/web",
      writeRateLimit: { burst: 0 },
      fetch: { allowPrivate: true },
    });
  });

  it("names each invalid variable", () => {
    expect(() =>
      loadConfig({
        PORT: "70000",
        DATABASE_URL: "mysql://x",
        PARALLAX_DEMO: "maybe",
        PARALLAX_API_TOKEN: "short",
      }),
    ).toThrow(ConfigError);
    try {
      loadConfig({
        PORT: "70000",
        DATABASE_URL: "mysql://x",
        PARALLAX_DEMO: "maybe",
        PARALLAX_API_TOKEN: "short",
      });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "PARALLAX_DEMO", "PARALLAX_API_TOKEN"]) {
        expect(message).toContain(name);
      }
    }
  });

  it("trims the token and refuses blank, short or spaced ones", () => {
    expect(loadConfig({ PARALLAX_API_TOKEN: "  long-enough-token\n" }).apiToken).toBe(
      "long-enough-token",
    );
    expect(loadConfig({ PARALLAX_API_TOKEN: "" }).apiToken).toBeNull();
    for (const token of [
      " ".repeat(8),
      "\t\t\t\t\t\t\t\t\t",
      "abc def ghi",
      "short",
      "tökén-with-ümlauts",
    ]) {
      expect(() => loadConfig({ PARALLAX_API_TOKEN: token }), JSON.stringify(token)).toThrow(
        /PARALLAX_API_TOKEN/,
      );
    }
  });

  it("refuses a non-loopback listen address without a token unless PARALLAX_ALLOW_OPEN=1", () => {
    for (const host of ["0.0.0.0", "::", "192.0.2.10", "parallax.example"]) {
      expect(() => loadConfig({ HOST: host }), host).toThrow(/PARALLAX_ALLOW_OPEN/);
      expect(loadConfig({ HOST: host, PARALLAX_API_TOKEN: "long-enough-token" }).warnings).toEqual(
        [],
      );
      const open = loadConfig({ HOST: host, PARALLAX_ALLOW_OPEN: "1" });
      expect(open.warnings.join(" ")).toMatch(/without PARALLAX_API_TOKEN/);
    }
    for (const host of ["127.0.0.1", "127.0.0.2", "localhost", "::1"]) {
      expect(loadConfig({ HOST: host }).warnings, host).toEqual([]);
    }
  });

  it("allows the loopback names and the listen address as Host by default; a list or * when given", () => {
    expect(loadConfig({}).allowedHosts?.sort()).toEqual(["127.0.0.1", "::1", "localhost"]);
    const wildcard = loadConfig({ HOST: "0.0.0.0", PARALLAX_API_TOKEN: "long-enough-token" });
    expect(wildcard.allowedHosts).toContain("localhost");
    expect(wildcard.allowedHosts).not.toContain("0.0.0.0");
    expect(
      loadConfig({ PARALLAX_ALLOWED_HOSTS: "News.Example.org, [::1] ,10.0.0.5" }).allowedHosts,
    ).toEqual(["news.example.org", "::1", "10.0.0.5"]);
    expect(loadConfig({ PARALLAX_ALLOWED_HOSTS: "*" }).allowedHosts).toBeNull();
    expect(() => loadConfig({ PARALLAX_ALLOWED_HOSTS: "a.example:8080/x" })).toThrow(
      /PARALLAX_ALLOWED_HOSTS/,
    );
  });
});
