import { defineConfig } from "vitest/config";

// One Vitest run over every package gives one summary for the whole repo.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
    reporters: process.env.CI
      ? ["default", ["json", { outputFile: "test-artifacts/vitest.json" }]]
      : ["default"],
  },
});
