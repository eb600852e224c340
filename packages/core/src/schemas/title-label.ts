/** The whole title as one phrase: "Minister of the Ministry of Trade, Industry and Energy". */
export function titleLabel(title: {
  text: string;
  qualifier?: { text: string } | undefined;
}): string {
  return title.qualifier ? `${title.text} ${title.qualifier.text}` : title.text;
}
