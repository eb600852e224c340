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
});
