import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/open-database.ts";
import { createLogger } from "../logger.ts";
import { TEST_DATABASE_URL } from "../testing/test-app.ts";
import { createPgBossJobQueue } from "./pg-boss-job-queue.ts";

// Workers started together on a fresh database all set up pg-boss's tables and queues at once;
// unserialised, PostgreSQL answered one of them "deadlock detected" and it exited.
describe.runIf(TEST_DATABASE_URL)("pg-boss set-up by several processes at once", () => {
  it("every queue starts and agrees on the stats", async () => {
    const schema = `boss_race_${randomBytes(5).toString("hex")}`;
    const queues = Array.from({ length: 3 }, () =>
      createPgBossJobQueue(
        {
          url: TEST_DATABASE_URL!,
          schema,
          policy: { retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 60 },
          maintenanceIntervalSeconds: 60,
          pollingIntervalSeconds: 1,
        },
        createLogger("silent"),
      ),
    );
    try {
      const stats = await Promise.all(queues.map((queue) => queue.stats()));
      for (const s of stats) {
        expect(s.backend).toBe("pg-boss");
        expect(s.queues.map((q) => q.queued)).toEqual([0, 0, 0, 0]);
      }
      await queues[0]!.send("story-compare", { storyId: "s1" }, "s1");
      const after = await queues[2]!.stats();
      expect(after.queues.find((q) => q.name === "story-compare")?.queued).toBe(1);
    } finally {
      await Promise.all(queues.map((queue) => queue.stop()));
      const admin = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL!, max: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    }
  }, 60_000);
});
