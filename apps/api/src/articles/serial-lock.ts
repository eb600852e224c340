/**
 * Runs async sections one at a time. Grouping reads every story's signatures and then inserts;
 * two articles about the same new event added at once must not both start a story.
 */
export class SerialLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section, section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
