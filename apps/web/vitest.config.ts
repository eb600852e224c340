import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Component tests opt into jsdom with a `// @vitest-environment jsdom` line; the e2e tests in
// e2e/ drive a real Chromium from node, so node stays the default environment.
export default defineProject({
  plugins: [react()],
  test: {
    name: "web",
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.e2e.test.ts"],
    setupFiles: ["./test/setup-dom.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
