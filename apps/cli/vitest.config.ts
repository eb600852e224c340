import { defineProject } from "vitest/config";

// The tests spawn the real command; each run loads the NLP model, hence the generous timeout.
export default defineProject({
  test: { name: "cli", environment: "node", testTimeout: 60_000 },
});
