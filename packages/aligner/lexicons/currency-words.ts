/**
 * Currency names written as words. Source: ISO 4217 codes of the currencies English news names
 * most (dollar, euro, pound, yen, yuan, won) and the plural names of other common ones; lowercase.
 */

/** A currency word read after a sum ("2.6 billion won") and the ISO code it stands for. */
export const CURRENCY_WORD_CODES: Readonly<Record<string, string>> = {
  dollar: "USD",
  dollars: "USD",
  won: "KRW",
  yen: "JPY",
  euro: "EUR",
  euros: "EUR",
  yuan: "CNY",
  pound: "GBP",
  pounds: "GBP",
};

/** Plural currency names: "10 Norland dollars" is a sum, never a count of coins. */
export const CURRENCY_PLURALS: ReadonlySet<string> = new Set(
  "dollars euros pounds yen yuan won francs pesos rupees rubles roubles".split(" "),
);
