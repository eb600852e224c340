import type { WordDiff } from "@parallax/core/schemas";
import { readableDiff } from "../model/readable-diff.ts";

interface DiffTextProps {
  text: string;
  /** This outlet's words against the row's reference wording; absent for the reference itself. */
  diff?: WordDiff | undefined;
  /** Words to stress wherever they occur, e.g. this outlet's side of a conflict. */
  emphasis?: readonly string[];
}

/** Splits text around every occurrence of the given phrases, stressing those as <strong>. */
function Emphasised({ text, phrases }: { text: string; phrases: readonly string[] }) {
  const needles = phrases.filter((p) => p.length > 1);
  if (needles.length === 0) return <>{text}</>;
  const pattern = new RegExp(
    `(${needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
    "g",
  );
  const pieces = text.split(pattern);
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable string, in order.
          <strong key={index} className="conflict-in-text">
            {piece}
          </strong>
        ) : (
          piece
        ),
      )}
    </>
  );
}

/**
 * One outlet's wording with word-level differences marked: words only this outlet uses are
 * underlined (<ins>), reference words it leaves out are struck through (<del>), so the
 * difference reads without colour too.
 */
export function DiffText({ text, diff, emphasis = [] }: DiffTextProps) {
  const parts = readableDiff(diff);
  if (!parts) {
    return (
      <span className="diff-text">
        <Emphasised text={text} phrases={emphasis} />
      </span>
    );
  }
  return (
    <span className="diff-text">
      {parts.map((part, index) => {
        const key = `${index}:${part.op}`;
        if (part.op === "added") {
          return (
            <ins key={key} className="diff-added">
              <Emphasised text={part.value} phrases={emphasis} />
            </ins>
          );
        }
        if (part.op === "removed") {
          return (
            <del key={key} className="diff-removed">
              {part.value}
            </del>
          );
        }
        return (
          <span key={key}>
            <Emphasised text={part.value} phrases={emphasis} />
          </span>
        );
      })}
    </span>
  );
}
