import type { ClaimGroup, ConflictKind } from "@parallax/core/schemas";

const LABELS: Record<ClaimGroup["relation"], { icon: string; text: string }> = {
  agree: { icon: "=", text: "Agree" },
  partial: { icon: "≈", text: "Partial" },
  conflict: { icon: "≠", text: "Conflict" },
  unique: { icon: "1", text: "Unique" },
};

const CONFLICT_KINDS: Record<ConflictKind, string> = {
  figure: "figure",
  date: "date",
  time: "time of day",
  speaker: "speaker",
  title: "title",
  stance: "stance",
  negation: "negation",
};

/** The row's relation as icon + words, so it reads without colour. */
export function RelationBadge({ group }: { group: Pick<ClaimGroup, "relation" | "conflicts"> }) {
  const { icon, text } = LABELS[group.relation];
  const kinds = [...new Set(group.conflicts.map((c) => CONFLICT_KINDS[c.kind]))];
  return (
    <span className={`badge badge-${group.relation}`}>
      <span className="badge-icon" aria-hidden="true">
        {icon}
      </span>
      {text}
      {kinds.length > 0 ? <span className="badge-kind"> · {kinds.join(", ")}</span> : null}
    </span>
  );
}
