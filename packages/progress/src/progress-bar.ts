/** Where the bar is drawn: standard error, so standard output stays clean for the report. */
export type ProgressStream = { isTTY?: boolean; columns?: number; write(chunk: string): unknown };

/** Inputs from this many on count as "many": worth a progress report even when stderr is not a terminal. */
export const MANY_INPUTS = 20;

/**
 * A one-line progress bar. On a terminal it redraws in place; elsewhere (a log, a CI job) it prints a
 * line at each tenth so long runs show they are alive without flooding the log.
 */
export class ProgressBar {
  private lastDecile = -1;
  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  static shouldShow(
    stream: ProgressStream,
    inputs: number,
    mode: "auto" | "always" | "never",
  ): boolean {
    if (mode !== "auto") return mode === "always";
    return stream.isTTY === true || inputs >= MANY_INPUTS;
  }

  update(done: number, stage: string): void {
    if (!this.enabled || this.total === 0) return;
    const ratio = Math.min(1, done / this.total);
    if (this.stream.isTTY) {
      const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
      const filled = Math.round(ratio * width);
      this.stream.write(
        `\r${stage.padEnd(10)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${this.total}`,
      );
      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${stage} ${done}/${this.total} (${Math.round(ratio * 100)}%)\n`);
    }
  }

  done(message: string): void {
    if (!this.enabled) return;
    this.stream.write(this.stream.isTTY ? `\r\u001b[2K${message}\n` : `${message}\n`);
  }
}
