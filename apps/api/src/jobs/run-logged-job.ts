import type { Logger } from "../logger.ts";
import type { JobName } from "./job-queue.ts";

/**
 * Runs one job's handler and writes its log line, the same on both queues: `job done` with its
 * time at debug, or the failure at info (then the error is thrown on, for the queue to retry).
 */
export async function runLoggedJob(
  logger: Logger,
  job: { name: JobName; data: unknown; fields?: Record<string, unknown> },
  handler: (data: unknown) => Promise<void>,
  failedMessage = "job failed",
): Promise<void> {
  const started = performance.now();
  const context = { job: job.name, ...job.fields, data: job.data };
  try {
    await handler(job.data);
  } catch (error) {
    logger.info(failedMessage, {
      ...context,
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
  logger.debug("job done", { ...context, ms: Math.round(performance.now() - started) });
}
