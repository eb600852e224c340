import { defineProject } from "vitest/config";

// The tests spawn the real, built command (built once before they run); each run loads the
// aligner, hence the generous timeout.
export default defineProject({
  test: {
    name: "cli",
    environment: "node",
    testTimeout: 60_000,
    globalSetup: ["./test/build-cli.ts"],
  },
});
