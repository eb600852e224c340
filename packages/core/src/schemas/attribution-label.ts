import type { Attribution } from "./attribution.ts";

/**
 * The attribution in words, for reports and the UI: "quoting Marta Lindqvist", "reporting
 * officials", "quoting Aalto and Berg" (a statement quoting two people), "quoting, speaker
 * unknown", "quoting Marta Lindqvist, according to the Herald" (words passed on second-hand);
 * null for a statement that credits nobody.
 */
export function attributionLabel(attribution: Attribution): string | null {
  if (attribution.kind === "none") return null;
  const who = speakerLabel(attribution);
  // The report is named only when every quote comes through the same one.
  const vias = new Set(attribution.quotes.map((q) => q.via));
  const via = vias.size === 1 ? [...vias][0] : null;
  return via ? `${who}, according to ${via}` : who;
}

function speakerLabel(attribution: Attribution): string {
  const verb = attribution.kind === "direct" ? "quoting" : "reporting";
  const { speaker, quotes } = attribution;
  if (speaker.status === "resolved" && speaker.name) return `${verb} ${speaker.name}`;
  // Each person of a statement quoting several is named; a speaker nobody decided is not guessed.
  const named = [...new Set(quotes.flatMap((q) => (q.speaker.name ? [q.speaker.name] : [])))];
  const eachDecided = quotes.every((q) => q.speaker.status !== "ambiguous");
  if (speaker.status === "ambiguous" && named.length > 1 && eachDecided)
    return `${verb} ${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `${verb}, speaker ${speaker.status === "resolved" ? "unknown" : speaker.status}`;
}
