import {
  type Article,
  type Entity,
  type Extraction,
  type Figure,
  type Quote,
  titleLabel,
} from "@parallax/core";

type Entry = { number: number; file: string; article: Article; extraction: Extraction };

/**
 * One article's extraction as plain text for a person to read: the quotes with who said them, the
 * people with their titles and how the article refers to them, organisations, places, figures and
 * dates, each list in the order of the article.
 */
export function extractionText({ number, file, article, extraction }: Entry): string {
  const lines: string[] = [];
  lines.push(`[${number}] ${article.outlet.name} · ${file} · article ${article.id}`);
  if (article.headline) lines.push(`Headline: ${flat(article.headline)}`);
  lines.push(`Published: ${article.publishedAt?.value ?? "unknown"}`);
  const entityById = new Map(extraction.entities.map((e) => [e.id, e] as const));

  const quotes = [...extraction.quotes].sort((a, b) => a.span.start - b.span.start);
  section(lines, "Quotes", quotes, (quote) => {
    const words = quote.direct ? `“${flat(quote.text)}”` : flat(quote.text);
    const cue = quote.cue ? article.body.slice(quote.cue.start, quote.cue.end) : null;
    return [
      `${quote.direct ? "direct" : "indirect"} · ${speakerText(quote, entityById)}`,
      `   ${words}`,
      ...(cue ? [`   cue: ${flat(cue)}`] : []),
      ...(quote.occasion ? [`   occasion: ${flat(quote.occasion)}`] : []),
    ];
  });

  const people = extraction.entities.filter((e) => e.kind === "person");
  section(lines, "People", people, (person) => [
    [
      person.unnamed ? `${person.name} (unnamed source)` : person.name,
      titlesText(person),
      referredAs(person),
    ]
      .filter((part) => part.length > 0)
      .join(" — "),
  ]);
  for (const [kind, heading] of [
    ["organization", "Organisations"],
    ["place", "Places"],
  ] as const) {
    const named = extraction.entities.filter((e) => e.kind === kind);
    section(lines, heading, named, (entity) => [
      [entity.name, titlesText(entity)].filter((part) => part.length > 0).join(" — "),
    ]);
  }
  section(lines, "Figures", extraction.figures, (figure) => [figureText(figure)]);
  section(lines, "Dates", extraction.dates, (date) => [
    `${flat(date.text)} → ${date.value ?? "unresolved"}${date.endValue ? ` to ${date.endValue}` : ""} (${date.precision}${date.status === "inferred" ? ", inferred" : ""})`,
  ]);
  return `${lines.join("\n")}\n`;
}

function section<T>(
  lines: string[],
  heading: string,
  items: readonly T[],
  show: (item: T) => string[],
) {
  lines.push("", `${heading} (${items.length})`);
  if (items.length === 0) lines.push("  none found");
  items.forEach((item, index) => {
    const [first = "", ...rest] = show(item);
    lines.push(`  ${index + 1}. ${first}`, ...rest.map((line) => `  ${line}`));
  });
}

/** "Marta Lindqvist", "speaker ambiguous" or "speaker unknown" (", according to the Herald" for words passed on second-hand): what the extraction decided. */
function speakerText(quote: Quote, entityById: ReadonlyMap<string, Entity>): string {
  const speaker = firstHandSpeakerText(quote, entityById);
  return quote.via ? `${speaker}, according to ${quote.via.text}` : speaker;
}

function firstHandSpeakerText(quote: Quote, entityById: ReadonlyMap<string, Entity>): string {
  if (quote.speakerStatus === "resolved" && quote.speakerId) {
    const speaker = entityById.get(quote.speakerId);
    if (speaker) return speaker.unnamed ? `${speaker.name} (unnamed source)` : speaker.name;
  }
  return `speaker ${quote.speakerStatus === "resolved" ? "unknown" : quote.speakerStatus}`;
}

function titlesText(entity: Entity): string {
  return [...new Set(entity.titles.map((t) => flat(titleLabel(t))))].join("; ");
}

/** The other ways the article refers to a person: "also: Lindqvist, she ×2". */
function referredAs(entity: Entity): string {
  const counts = new Map<string, number>();
  for (const mention of entity.mentions) {
    if (mention.ambiguous) continue;
    const text = mention.form === "pronoun" ? mention.text.toLowerCase() : flat(mention.text);
    if (text === entity.name) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const forms = [...counts].map(([text, count]) => (count > 1 ? `${text} ×${count}` : text));
  return forms.length > 0 ? `also: ${forms.join(", ")}` : "";
}

function figureText(figure: Figure): string {
  const value =
    figure.upperValue === null ? `${figure.value}` : `${figure.value}–${figure.upperValue}`;
  const measure = figure.measure ? ` · ${flat(figure.measure)}` : "";
  return `${flat(figure.text)} = ${value} ${figure.unit} (${figure.kind})${measure}`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
