import { expect } from "vitest";
import type { Config } from "../config.ts";
import { startFeedServer } from "./feed-server.ts";
import { defineJobTestConfig } from "./job-test-config.ts";
import { createTestApp, type Json, type TestBackend } from "./test-app.ts";

/**
 * What the feed and article-version suites start: a test app running its jobs in this process
 * (fast scheduler, short timeouts; `jobs` overrides), and a web server on 127.0.0.1 serving the
 * feeds and pages they fetch (set its routes before or after).
 */
export async function startJobsTestBed(backend: TestBackend, jobs: Partial<Config["jobs"]> = {}) {
  const web = await startFeedServer();
  const t = await createTestApp({ backend, ...defineJobTestConfig(jobs) }).catch(
    async (error: unknown) => {
      await web.close();
      throw error;
    },
  );
  await t.startJobs();
  return {
    t,
    web,
    /** GET that must answer 200 (else the test fails showing the body); its JSON. */
    async get(path: string): Promise<Json> {
      const res = await t.app.request(path);
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
      return (await res.json()) as Json;
    },
    async close() {
      await t.close();
      await web.close();
    },
  };
}

export type JobsTestBed = Awaited<ReturnType<typeof startJobsTestBed>>;
