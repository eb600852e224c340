/**
 * News organisations, the one list every package reads (ingestion's byline and relay checks, the
 * aligner's sources and its "an outlet is no person" rule).
 *
 * Source: the main international wire services and the national outlets of the US, UK, France,
 * Germany, Japan, China, Hong Kong, Qatar and South Korea, each written as it names itself, with
 * its short form. Several Korean outlets and photo-pool credits ("Joint Press Corps", "NEWS1")
 * were first met in the demo corpus's captions; they are real outlets any Korean story cites.
 */

/** Outlets that print their times in UTC+9 all year (South Korea and Japan keep no summer time). */
export const UTC_PLUS_9_OUTLETS = [
  "Yonhap",
  "YONHAP",
  "News1",
  "NEWS1",
  "Newsis",
  "Chosun Ilbo",
  "Chosun",
  "JoongAng Ilbo",
  "Korea JoongAng Daily",
  "JoongAng",
  "Korea Herald",
  "Korea Times",
  "Hankyoreh",
  "Hankook Ilbo",
  "Korea Economic Daily",
  "Dong-A Ilbo",
  "Kyunghyang Shinmun",
  "Kyunghyang",
  "Maeil Business",
  "Munhwa Ilbo",
  "Edaily",
  "KBS",
  "MBC",
  "SBS",
  "JTBC",
  "YTN",
  "Arirang",
  "Joint Press Corps",
  "JOINT PRESS CORPS",
  "NHK",
  "Kyodo",
  "Jiji Press",
  "Jiji",
  "Nikkei Asia",
  "Nikkei",
  "Asahi Shimbun",
  "Asahi",
  "Yomiuri Shimbun",
  "Yomiuri",
  "Mainichi Shimbun",
  "Mainichi",
  "Japan Times",
] as const;

/**
 * Words in an outlet's own name that place it in UTC+9 when the outlet is not listed above ("Korea
 * Pro", "Tokyo Shimbun"): the two countries, their adjectives and their capitals.
 */
export const UTC_PLUS_9_OUTLET_NAME_WORDS = [
  "Korea",
  "Korean",
  "Seoul",
  "Japan",
  "Japanese",
  "Tokyo",
] as const;

/**
 * Outlets named in running text, each written as it writes itself and never an English common
 * word, so a text match is the outlet.
 */
export const NEWS_OUTLETS = [
  "The Wall Street Journal",
  "Wall Street Journal",
  "The New York Times",
  "New York Times",
  "The Washington Post",
  "Washington Post",
  "Los Angeles Times",
  "USA Today",
  "Financial Times",
  "Bloomberg",
  "Reuters",
  "Associated Press",
  "AP",
  "AFP",
  "Agence France-Presse",
  "UPI",
  "Xinhua",
  "South China Morning Post",
  "Al Jazeera",
  "Le Monde",
  "Der Spiegel",
  "CNN",
  "BBC",
  "CNBC",
  "MSNBC",
  "NPR",
  "Fox News",
  "Benzinga",
  "Politico Europe",
  "Politico",
  "Axios",
  "Semafor",
  "Newsweek",
  "MarketWatch",
  "Yahoo Finance",
  "Business Insider",
  "The Guardian",
  "The Economist",
  ...UTC_PLUS_9_OUTLETS,
] as const;

/**
 * Outlets whose name alone is also a common word, a surname or a bare tag ("Time", "Forbes",
 * "ABC"): an outlet only where a name already stands as a source or a byline, never found in
 * running text.
 */
export const NEWS_OUTLETS_AMBIGUOUS = [
  "ABC",
  "CBS",
  "NBC",
  "PBS",
  "DPA",
  "TASS",
  "ANI",
  "PTI",
  "WSJ",
  "NYT",
  "FT",
  "SCMP",
  "Vox",
  "Time",
  "Fortune",
  "Forbes",
  "Insider",
  "Guardian",
  "Economist",
  "The Hill",
  "The Information",
  "Barron's",
] as const;
