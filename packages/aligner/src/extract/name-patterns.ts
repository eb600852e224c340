import { NAME_PARTICLES } from "../../lexicons/name-particles.ts";

/**
 * A capitalised name word, letters beyond ASCII included ("Erdoğan", "Žižek"); patterns using it
 * need the `u` flag.
 */
export const NAME_WORD = "\\p{Lu}\\p{Ll}+";

/**
 * One more word of a name after its first: a capitalised word, optionally led by one or two
 * particles (" von der Leyen", " da Silva") or the joined "al-" (" al-Jadaan"). `u` flag.
 */
export const NAME_NEXT_WORD = ` (?:(?:${NAME_PARTICLES.join("|")}) (?:(?:${NAME_PARTICLES.join("|")}) )?|al-)?${NAME_WORD}`;
