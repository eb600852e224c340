import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "eval", environment: "node" },
});
