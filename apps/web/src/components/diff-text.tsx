import type { WordDiff } from "@parallax/core";

interface DiffTextProps {
  text: string;
  /** This outlet's words against the row's reference wording; absent for the reference itself. */
  diff?: WordDiff | undefined;
}

/**
 * One outlet's wording with word-level differences marked: words only this outlet uses are
 * underlined (<ins>), reference words it leaves out are struck through (<del>), so the
 * difference reads without colour too.
 */
export function DiffText({ text, diff }: DiffTextProps) {
  if (!diff || diff.parts.length === 0) return <span className="diff-text">{text}</span>;
  return (
    <span className="diff-text">
      {diff.parts.map((part, index) => {
        const key = `${index}:${part.op}`;
        if (part.op === "added") {
          return (
            <ins key={key} className="diff-added">
              {part.value}
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
        return <span key={key}>{part.value}</span>;
      })}
    </span>
  );
}
