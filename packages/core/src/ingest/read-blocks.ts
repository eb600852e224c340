import type { Boilerplate, Caption, Embed, PublishedAt, Translation } from "../schemas/article.ts";
import { boilerplateReason } from "./boilerplate.ts";
import { parseBylineLine } from "./bylines.ts";
import { parseCaption } from "./captions.ts";
import { parseDatelineLine, toPublishedAt } from "./dateline.ts";
import { buildEmbed, parseEmbedAttribution } from "./embeds.ts";
import { looksLikeHeadline, looksLikeSubheading } from "./headings.ts";
import type { TextBlock } from "./text-blocks.ts";
import { parseTranslationDisclosure } from "./translation.ts";
import { isoDate, readWrittenDate } from "./written-date.ts";

export type BodyParagraph = { text: string; kind: "text" | "subheading" };

/** Everything read from a page's blocks, before the body is assembled. */
export type ArticleParts = {
  headline: string | null;
  dek: string | null;
  publishedAt: PublishedAt | null;
  bylines: string[];
  translation: Translation | null;
  paragraphs: BodyParagraph[];
  captions: Caption[];
  embeds: Embed[];
  boilerplate: Boilerplate[];
  /** Lines that label the piece rather than report ("The Editorial Board"). */
  labels: string[];
};

export type ReadContext = {
  /** The UTC offset the outlet prints times in, when known (e.g. "+09:00" for Korean outlets). */
  utcOffset: string | null;
  /** Whether the first line may be the headline (plain text); HTML takes it from metadata. */
  headlineFromFirstBlock: boolean;
};

const LABEL =
  /^(?:(?:by )?the editorial board|editorial|opinion|column|the views expressed\b.{0,200})$/i;

/**
 * Walks a page's blocks in order and sorts each into headline, dateline, byline, caption,
 * translation note, embedded post, page chrome or body. Rules are general shapes of news pages
 * (see each module); nothing here knows particular articles.
 */
export function readBlocks(blocks: readonly TextBlock[], context: ReadContext): ArticleParts {
  const parts: ArticleParts = {
    headline: null,
    dek: null,
    publishedAt: null,
    bylines: [],
    translation: null,
    paragraphs: [],
    captions: [],
    embeds: [],
    boilerplate: [],
    labels: [],
  };
  let captionDate: PublishedAt | null = null;
  /** Set once a byline or translation note follows the body: what comes after is the page's tail. */
  let pastEnd = false;
  /** Index in `parts.paragraphs` of the body paragraph read from the previous block, if any. */
  let previousBodyIndex = -1;

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as TextBlock;
    const text = block.text;
    const wasBody = previousBodyIndex;
    previousBodyIndex = -1;

    if (block.role === "caption") {
      const caption = parseCaption(text);
      parts.captions.push(
        caption ? { text: caption.text, credit: caption.credit } : { text, credit: null },
      );
      if (caption?.dateText && !captionDate) captionDate = captionPublishedAt(caption.dateText);
      continue;
    }

    if (block.role !== "subheading" && block.role !== "heading") {
      const dateline = parseDatelineLine(text);
      if (dateline) {
        if (dateline.kind === "published" && !parts.publishedAt) {
          parts.publishedAt = toPublishedAt(
            dateline.date,
            context.utcOffset,
            "dateline",
            dateline.text,
          );
        } else {
          parts.boilerplate.push({ text, reason: "page-chrome" });
        }
        continue;
      }
    }

    const chrome = boilerplateReason(text);
    if (chrome && block.role !== "quote") {
      parts.boilerplate.push({ text, reason: chrome });
      continue;
    }

    if (
      context.headlineFromFirstBlock &&
      index === 0 &&
      looksLikeHeadline(text) &&
      !parseCaption(text) &&
      !parseBylineLine(text)
    ) {
      parts.headline = text;
      continue;
    }

    if (LABEL.test(text)) {
      parts.labels.push(text);
      continue;
    }

    const bylines = parseBylineLine(text);
    if (bylines) {
      for (const name of bylines) if (!parts.bylines.includes(name)) parts.bylines.push(name);
      if (parts.paragraphs.length > 0) pastEnd = true;
      continue;
    }

    const disclosure = parseTranslationDisclosure(text);
    if (disclosure) {
      parts.translation ??= disclosure.translation;
      parts.boilerplate.push(...disclosure.chrome);
      if (parts.paragraphs.length > 0) pastEnd = true;
      continue;
    }

    const attribution = parseEmbedAttribution(text);
    if (attribution) {
      // The post's text is the paragraph right above its signature line.
      const post =
        wasBody >= 0 && wasBody === parts.paragraphs.length - 1
          ? parts.paragraphs.pop()
          : undefined;
      parts.embeds.push(buildEmbed(post?.text ?? "", attribution));
      continue;
    }

    const caption = block.role === "quote" ? null : parseCaption(text);
    if (caption) {
      parts.captions.push({ text: caption.text, credit: caption.credit });
      if (caption.dateText && !captionDate) captionDate = captionPublishedAt(caption.dateText);
      continue;
    }

    // Between a headline and its dateline sits the dek (standfirst).
    if (
      parts.headline !== null &&
      parts.dek === null &&
      parts.paragraphs.length === 0 &&
      parts.publishedAt === null &&
      text.length <= 300 &&
      blocks[index + 1] !== undefined &&
      parseDatelineLine((blocks[index + 1] as TextBlock).text) !== null
    ) {
      parts.dek = text;
      continue;
    }

    if (pastEnd && looksLikeHeadline(text)) {
      // Title-like lines after the byline are teasers for other articles.
      parts.boilerplate.push({ text, reason: "related" });
      continue;
    }

    parts.paragraphs.push({ text, kind: block.role === "subheading" ? "subheading" : "text" });
    previousBodyIndex = parts.paragraphs.length - 1;
  }

  markSubheadings(parts.paragraphs);
  parts.publishedAt ??= captionDate;
  return parts;
}

/**
 * A title-like line between two body paragraphs is a sub-heading. The first and last
 * paragraphs are never sub-headings: a heading introduces text that follows it.
 */
function markSubheadings(paragraphs: BodyParagraph[]): void {
  for (let i = 1; i < paragraphs.length - 1; i++) {
    const paragraph = paragraphs[i] as BodyParagraph;
    if (paragraph.kind === "text" && looksLikeSubheading(paragraph.text)) {
      paragraph.kind = "subheading";
    }
  }
}

function captionPublishedAt(dateText: string): PublishedAt | null {
  const date = readWrittenDate(dateText);
  if (!date) return null;
  return { value: isoDate(date), precision: "day", source: "caption", text: dateText };
}
