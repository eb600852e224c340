import {
  type Article,
  type Attribution,
  attributionLabel,
  type ClaimGroup,
  type Comparison,
  type Conflict,
  titleLabel,
} from "@parallax/core";

const RELATION_LABEL: Record<ClaimGroup["relation"], string> = {
  agree: "agree",
  partial: "partial (they overlap in part)",
  conflict: "conflict",
  unique: "only one outlet",
};

/** Escapes text for a Markdown table cell or inline text. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

function quote(text: string, max = 220): string {
  const flat = cell(text);
  return flat.length > max ? `${flat.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : flat;
}

/**
 * A readable Markdown report of a comparison: the articles, disagreements first, then what the
 * outlets share, what only one reports, the people and their titles per outlet, figures side by side,
 * the timeline and each outlet's coverage. `articles` supplies outlet names, headlines and dates.
 */
export function renderMarkdown(comparison: Comparison, articles: readonly Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  const number = new Map(comparison.articleIds.map((id, i) => [id, i + 1] as const));
  const label = (id: string) => {
    const article = byId.get(id);
    return `[${number.get(id) ?? "?"}] ${article ? article.outlet.name : id}`;
  };
  const lines: string[] = [];
  const claimGroups = comparison.groups.filter((g) => (g.about ?? "claim") === "claim");
  const shared = claimGroups.filter((g) => g.relation !== "unique");
  const unique = claimGroups.filter((g) => g.relation === "unique");
  const conflicted = comparison.groups.filter((g) => g.conflicts.length > 0);

  lines.push("# Parallax comparison", "");
  lines.push(
    `${comparison.articleIds.length} articles · ${shared.length} shared statements · ` +
      `${unique.length} reported by one outlet only · ${conflicted.length} disagreements · ` +
      `aligner ${comparison.alignerVersion}`,
    "",
  );

  lines.push(
    "## Articles",
    "",
    "| # | Outlet | Published | Headline |",
    "| --- | --- | --- | --- |",
  );
  for (const id of comparison.articleIds) {
    const article = byId.get(id);
    lines.push(
      `| ${number.get(id)} | ${cell(article?.outlet.name ?? id)} | ${article?.publishedAt?.value.slice(0, 16).replace("T", " ") ?? "—"} | ${cell(article?.headline ?? "—")} |`,
    );
  }
  lines.push("");

  lines.push("## Disagreements", "");
  if (conflicted.length === 0) lines.push("None found.", "");
  for (const group of conflicted) {
    for (const conflict of group.conflicts)
      lines.push(`- **${conflict.kind}** — ${cell(conflict.subject)}: ${values(conflict, label)}`);
  }
  if (conflicted.length > 0) lines.push("");

  lines.push("## What the outlets share", "");
  if (shared.length === 0) lines.push("No statement is reported by more than one outlet.", "");
  const byAll = shared.filter((group) => group.reportedByAll === true);
  if (byAll.length > 0)
    lines.push(
      `Reported by all outlets: ${byAll.length} of ${shared.length} shared statements (${byAll.map((g) => g.id).join(", ")}).`,
      "",
    );
  for (const group of shared) {
    const outlets = new Set(group.statements.map((s) => s.articleId)).size;
    lines.push(
      `### ${group.id} · ${RELATION_LABEL[group.relation]} · ${outlets} articles · score ${group.score.toFixed(2)}`,
      "",
    );
    for (const statement of group.statements)
      lines.push(
        `- ${label(statement.articleId)}: “${quote(statement.text)}”${speakerNote(statement.attribution)}`,
      );
    const why = group.evidence.slice(0, 5).map((e) => `${e.kind} ${cell(e.label)}`);
    if (why.length > 0) lines.push(`- _why matched:_ ${why.join("; ")}`);
    for (const conflict of group.conflicts)
      lines.push(`- _${conflict.kind} conflict:_ ${values(conflict, label)}`);
    lines.push("");
  }

  lines.push("## Reported by one outlet only", "");
  for (const id of comparison.articleIds) {
    const mine = unique.filter((g) => g.statements[0]?.articleId === id);
    if (mine.length === 0) continue;
    lines.push(`**${label(id)}** (${mine.length})`, "");
    for (const group of mine)
      lines.push(
        `- ${quote(group.statements.map((s) => s.text).join(" "), 160)}${group.statements.map((s) => speakerNote(s.attribution)).join("")}`,
      );
    lines.push("");
  }

  const people = comparison.entities.filter(
    (e) => e.kind !== "place" && (e.titles.length > 0 || e.members.length > 1),
  );
  lines.push("## People and organisations", "");
  if (people.length === 0) lines.push("None identified.", "");
  else {
    lines.push("| Name | Kind | Titles by outlet |", "| --- | --- | --- |");
    for (const entity of people) {
      const titles = new Map<string, Set<string>>();
      for (const t of entity.titles)
        titles.set(t.articleId, (titles.get(t.articleId) ?? new Set()).add(titleLabel(t)));
      const text =
        [...titles.entries()]
          .sort((a, b) => (number.get(a[0]) ?? 0) - (number.get(b[0]) ?? 0))
          .map(([id, set]) => `${label(id)}: ${[...set].map(cell).join("; ")}`)
          .join("<br>") ||
        `mentioned in ${new Set(entity.members.map((m) => m.articleId)).size} articles`;
      lines.push(`| ${cell(entity.name)} | ${entity.kind} | ${text} |`);
    }
    lines.push("");
  }

  lines.push("## Figures", "");
  if (comparison.figures.length === 0) lines.push("None found.", "");
  else {
    lines.push("| Measure | Values by outlet |", "| --- | --- |");
    for (const row of comparison.figures) {
      lines.push(
        `| ${cell(row.measure)} | ${row.values.map((v) => `${label(v.articleId)}: ${cell(v.text)}`).join("<br>")} |`,
      );
    }
    lines.push("");
  }

  lines.push("## Timeline", "");
  if (comparison.timeline.length === 0) lines.push("No dated events found.", "");
  for (const event of comparison.timeline) {
    const who = event.articleIds.map((id) => `[${number.get(id) ?? "?"}]`).join(" ");
    lines.push(`- **${event.date ?? "undated"}** ${cell(event.label)} — ${who}`);
  }
  if (comparison.timeline.length > 0) lines.push("");

  lines.push(
    "## Coverage",
    "",
    "| Article | Share of statements | Only here | In disagreements |",
    "| --- | --- | --- | --- |",
  );
  for (const row of comparison.coverage) {
    lines.push(
      `| ${cell(label(row.articleId))} | ${(row.share * 100).toFixed(0)}% | ${row.uniqueGroupIds.length} | ${row.conflictGroupIds.length} |`,
    );
  }
  lines.push("");

  // Several articles of one outlet (a report and an editorial) count together per outlet.
  const outlets = new Map<string, { name: string; ids: Set<string> }>();
  for (const id of comparison.articleIds) {
    const outlet = byId.get(id)?.outlet;
    if (!outlet) continue;
    const entry = outlets.get(outlet.id) ?? { name: outlet.name, ids: new Set<string>() };
    entry.ids.add(id);
    outlets.set(outlet.id, entry);
  }
  if ([...outlets.values()].some((o) => o.ids.size > 1)) {
    lines.push(
      "| Outlet | Articles | Share of statements | Only this outlet |",
      "| --- | --- | --- | --- |",
    );
    for (const { name, ids } of outlets.values()) {
      const covered = claimGroups.filter((g) => g.statements.some((st) => ids.has(st.articleId)));
      const only = claimGroups.filter((g) => g.statements.every((st) => ids.has(st.articleId)));
      const share = claimGroups.length === 0 ? 0 : covered.length / claimGroups.length;
      lines.push(`| ${cell(name)} | ${ids.size} | ${(share * 100).toFixed(0)}% | ${only.length} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** " — _quoting Marta Lindqvist_" after a quoted or reported statement; nothing otherwise. */
function speakerNote(attribution: Attribution): string {
  const label = attributionLabel(attribution);
  return label ? ` — _${cell(label)}_` : "";
}

function values(conflict: Conflict, label: (id: string) => string): string {
  return conflict.values.map((v) => `“${cell(v.text)}” (${label(v.articleId)})`).join(" vs ");
}
