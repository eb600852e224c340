/**
 * The US states' abbreviations, each to the state's name in lower case, as a party label writes
 * them after a name ("Sen. Ada Lund (R-Fla.)", "Rep. Ike Rahm, D-NY,"). Source: the AP
 * Stylebook's state abbreviations (states it spells out keep their name: "Ohio", "Texas") and the
 * USPS two-letter codes. The described-person rule (src/extract/entities/described-person.ts)
 * reads them so "the Florida Republican" takes up the senator labelled "(R-Fla.)". The state names
 * themselves are places.ts's; "virginia" is here too because places.ts leaves it out as a given name.
 */
const STATES: readonly (readonly [state: string, ap: string, usps: string])[] = [
  ["alabama", "Ala.", "AL"],
  ["alaska", "Alaska", "AK"],
  ["arizona", "Ariz.", "AZ"],
  ["arkansas", "Ark.", "AR"],
  ["california", "Calif.", "CA"],
  ["colorado", "Colo.", "CO"],
  ["connecticut", "Conn.", "CT"],
  ["delaware", "Del.", "DE"],
  ["florida", "Fla.", "FL"],
  ["georgia", "Ga.", "GA"],
  ["hawaii", "Hawaii", "HI"],
  ["idaho", "Idaho", "ID"],
  ["illinois", "Ill.", "IL"],
  ["indiana", "Ind.", "IN"],
  ["iowa", "Iowa", "IA"],
  ["kansas", "Kan.", "KS"],
  ["kentucky", "Ky.", "KY"],
  ["louisiana", "La.", "LA"],
  ["maine", "Maine", "ME"],
  ["maryland", "Md.", "MD"],
  ["massachusetts", "Mass.", "MA"],
  ["michigan", "Mich.", "MI"],
  ["minnesota", "Minn.", "MN"],
  ["mississippi", "Miss.", "MS"],
  ["missouri", "Mo.", "MO"],
  ["montana", "Mont.", "MT"],
  ["nebraska", "Neb.", "NE"],
  ["nevada", "Nev.", "NV"],
  ["new hampshire", "N.H.", "NH"],
  ["new jersey", "N.J.", "NJ"],
  ["new mexico", "N.M.", "NM"],
  ["new york", "N.Y.", "NY"],
  ["north carolina", "N.C.", "NC"],
  ["north dakota", "N.D.", "ND"],
  ["ohio", "Ohio", "OH"],
  ["oklahoma", "Okla.", "OK"],
  ["oregon", "Ore.", "OR"],
  ["pennsylvania", "Pa.", "PA"],
  ["rhode island", "R.I.", "RI"],
  ["south carolina", "S.C.", "SC"],
  ["south dakota", "S.D.", "SD"],
  ["tennessee", "Tenn.", "TN"],
  ["texas", "Texas", "TX"],
  ["utah", "Utah", "UT"],
  ["vermont", "Vt.", "VT"],
  ["virginia", "Va.", "VA"],
  ["washington", "Wash.", "WA"],
  ["west virginia", "W.Va.", "WV"],
  ["wisconsin", "Wis.", "WI"],
  ["wyoming", "Wyo.", "WY"],
];

/** A state's AP abbreviation or USPS code, written as the label writes it, to its name. */
export const STATE_OF_ABBREVIATION: ReadonlyMap<string, string> = new Map(
  STATES.flatMap(([state, ap, usps]) => [
    [ap, state],
    [usps, state],
  ]),
);

/** Every state name in lower case ("new york", "virginia"). */
export const STATE_NAMES: ReadonlySet<string> = new Set(STATES.map(([state]) => state));
