import { type Config, defineConfig } from "../config.ts";

/** Config for tests that run jobs: fast scheduler passes, short timeouts and re-fetch schedule. */
export function defineJobTestConfig(
  overrides: Partial<Config["jobs"]> = {},
): Pick<Config, "jobs" | "fetch"> {
  const base = defineConfig();
  return {
    fetch: { timeoutMs: 1500, maxBytes: 1024 * 1024, maxRedirects: 5, allowPrivate: true },
    jobs: {
      ...base.jobs,
      runInApi: true,
      tickMs: 100,
      retryDelaySeconds: 1,
      retryLimit: 1,
      refetchAfterSeconds: [3600],
      ...overrides,
    },
  };
}
