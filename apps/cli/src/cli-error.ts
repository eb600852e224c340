/** A failure the user can fix, with the exit code the command ends with. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    /** 2: the command was used wrongly (flags, too few articles); 1: an input could not be used. */
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}
