// Entity layer: the people of one article by every one-word form that can name them, so a
// surname mention looks up its few candidates instead of comparing itself with every entity and
// reading stays linear in the number of entities.
import type { EntityRecord } from "../entity-records.ts";
import { capitalised, familyNameFirst, isLowerAscii, isNamedBy } from "../name-rules.ts";

/** People by surname, a family name written first, or a particle surname capitalised ("Van"). */
export class SurnameIndex {
  private readonly byWord = new Map<string, number[]>();

  /** Records person `index` under each one-word form of `name`. */
  add(name: string, surname: string | null, index: number): void {
    for (const key of oneWordForms(name, surname)) {
      const list = this.byWord.get(key);
      if (list === undefined) this.byWord.set(key, [index]);
      else list.push(index);
    }
  }

  /** Takes person `index` out under every form `add` recorded it: merged into another person. */
  forget(name: string, surname: string | null, index: number): void {
    for (const key of oneWordForms(name, surname)) this.remove(key, index);
  }

  /** Takes person `index` out of `word`'s list: a "name" that was a word before a surname. */
  remove(word: string, index: number): void {
    const list = this.byWord.get(word);
    const at = list?.indexOf(index) ?? -1;
    if (at >= 0) list!.splice(at, 1);
  }

  /**
   * The people a word in any case can name alone ("LUND", a transcript's speaker label, for
   * "Lund"), in the order they were first met. Scans the keys: only for the rare word set in
   * capitals, never per mention.
   */
  namedByAnyCase(word: string, entities: readonly EntityRecord[]): number[] {
    const upper = word.toUpperCase();
    const out = new Set<number>();
    for (const [key, list] of this.byWord) {
      if (key.toUpperCase() !== upper) continue;
      for (const i of list) if (isNamedBy(entities[i]!, key)) out.add(i);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** The people `word` can name alone, in the order they were first met. */
  namedBy(word: string, entities: readonly EntityRecord[]): number[] {
    const list = this.byWord.get(word);
    if (list === undefined) return [];
    return list.filter((i) => isNamedBy(entities[i]!, word));
  }
}

/** The one-word forms that can name a person: the surname (capitalised too), a family name first. */
function oneWordForms(name: string, surname: string | null): Set<string> {
  const keys = new Set<string>();
  if (surname !== null) {
    keys.add(surname);
    if (isLowerAscii(surname.charCodeAt(0))) keys.add(capitalised(surname));
  }
  const family = familyNameFirst(name, surname);
  if (family !== null) keys.add(family);
  return keys;
}
