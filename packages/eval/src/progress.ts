import { ProgressBar, type ProgressStream } from "@parallax/progress";
import type { Progress } from "./suite.ts";

/**
 * A suite's progress drawn with the shared bar on `stream` (standard error): shown on a terminal
 * or for many items (the bar's own rule), never with --no-progress.
 */
export function barProgress(stream: ProgressStream, enabled: boolean): Progress {
  let bar: ProgressBar | null = null;
  return {
    start(total, stage) {
      bar = new ProgressBar(
        stream,
        total,
        enabled && ProgressBar.shouldShow(stream, total, "auto"),
      );
      bar.update(0, stage);
    },
    update(done, stage) {
      bar?.update(done, stage);
    },
    stop(message) {
      bar?.done(message);
      bar = null;
    },
  };
}
