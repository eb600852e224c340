/**
 * Source: the nobiliary and patronymic particles of European and Arabic names (von, van, de, da,
 * di, del, bin, ibn, …) as English news writes them.
 */
/**
 * Lowercase particles a surname carries ("Ursula von der Leyen", "Charles de Gaulle", "Pedro da
 * Silva", "Mohammed bin Salman"; "al-" is written joined: "Mohammed al-Jadaan"). A particle counts
 * only between capitalised name words, and the surname runs from the first particle ("von der
 * Leyen"), so a later "von der Leyen said" names her. Left out: "e", "y", "do", "of" — ordinary
 * words in English or too common between capitalised words.
 */
export const NAME_PARTICLES = [
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "du",
  "la",
  "le",
  "bin",
  "ibn",
];

/**
 * The same particles capitalised, as some names write them ("Herman Van Rompuy", "Maria De Luca"):
 * inside a three-word name they open the surname too. Never at a name's start ("Van Morrison").
 */
export const CAPITALISED_NAME_PARTICLES: ReadonlySet<string> = new Set([
  "Von",
  "Van",
  "Der",
  "Den",
  "De",
  "Del",
  "Della",
  "Di",
  "Da",
  "Dos",
  "Du",
  "La",
  "Le",
  "Lo",
  "Bin",
  "Ibn",
]);

/**
 * Generational suffixes written after a full name ("Robert P. Casey Jr.", "John Roe III"): no part
 * of the surname. Source: English naming convention (AP style writes "Jr." and "Sr." without a
 * comma).
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["Jr", "Sr", "II", "III", "IV"]);
