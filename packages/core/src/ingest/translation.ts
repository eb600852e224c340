import type { Translation } from "../schemas/article.ts";
import { type BoilerplateReason, boilerplateReason } from "./boilerplate.ts";

const MAX_DISCLOSURE_LENGTH = 700;

/** The paragraph talks about this article having been translated. */
const DISCLOSURE =
  /^\W{0,3}(?:this (?:article|story|report|piece|text|content|editorial|column)\b.{0,120}\btranslat|(?:the )?(?:article|story) (?:was|has been|is) .{0,80}\btranslat|(?:machine|ai|automatically)[- ]translated\b|translated (?:by|from|with|using)\b|translation (?:by|from|provided)\b|originally (?:written|published) in [A-Z][a-z]+.{0,120}\btranslat)/i;
const MACHINE =
  /\b(?:AI|A\.I\.|artificial intelligence|machine|automatic(?:ally)?|automated|generative|DeepL|Google Translate|Papago|ChatGPT|GPT|LLM)\b/i;
const PERSON =
  /\b(?:reporter|editor|translator|journalist|staff|person|people|human|newsroom|bilingual|desk|by [A-Z][a-z]+ [A-Z][a-z]+)\b/i;

export type ParsedDisclosure = {
  translation: Translation;
  /** Sentences of the same paragraph that are page chrome ("Share your feedback here."). */
  chrome: { text: string; reason: BoilerplateReason }[];
};

/**
 * Reads a translation disclosure: "translated by AI" is machine; a person (reporter, editor,
 * translator) working with AI tools is assisted; a person alone is human.
 */
export function parseTranslationDisclosure(paragraph: string): ParsedDisclosure | null {
  const text = paragraph.trim();
  if (text.length > MAX_DISCLOSURE_LENGTH || !DISCLOSURE.test(text)) return null;
  const sentences = text.match(/[^.!?]+(?:[.!?]+["'”’]?|$)\s*/g) ?? [text];
  const kept: string[] = [];
  const chrome: ParsedDisclosure["chrome"] = [];
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (trimmed === "") continue;
    const reason = kept.length > 0 ? boilerplateReason(trimmed) : null;
    if (reason) chrome.push({ text: trimmed, reason });
    else kept.push(trimmed);
  }
  const disclosure = kept.join(" ");
  const byMachine = MACHINE.test(disclosure);
  const byPerson = PERSON.test(disclosure);
  const method: Translation["method"] = byMachine ? (byPerson ? "assisted" : "machine") : "human";
  return { translation: { method, text: disclosure }, chrome };
}
