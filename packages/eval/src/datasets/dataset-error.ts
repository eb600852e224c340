/**
 * A problem with a dataset file: missing, unreadable, a malformed line or offsets that do not fit.
 * It names the file and line so the user knows what to fix; the command prints it without a stack.
 */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? "" : `:${line}`}: ${problem}`);
    this.name = "DatasetError";
  }
}
