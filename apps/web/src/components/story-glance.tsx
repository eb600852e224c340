import { type ReactNode, useId, useMemo, useState } from "react";
import { useNarrowScreen } from "../hooks/use-narrow-screen.ts";
import { formatDay } from "../model/article-column.ts";
import { namedOutlets } from "../model/conflict-sides.ts";
import type { StoryData } from "../model/story-data.ts";
import {
  buildGlance,
  type GlanceClaim,
  type GlanceQuoted,
  shorten,
} from "../model/story-glance.ts";

interface StoryGlanceProps {
  data: StoryData;
  /** Opens a claim's row in the grid. */
  onShowRow: (groupId: string) => void;
}

/** Lines shown before a "show more"; the summary must stay readable in a minute. */
const FIRST_LINES = 3;

function dateRange(from: string | null, to: string | null): string {
  if (!from || !to) return "dates unknown";
  return from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
}

/** Text that opens its row in the grid. */
function RowLink({
  groupId,
  onShowRow,
  children,
}: {
  groupId: string;
  onShowRow: (id: string) => void;
  children: ReactNode;
}) {
  const params = new URLSearchParams(window.location.search);
  params.set("row", groupId);
  params.delete("tab");
  params.delete("article");
  return (
    <a
      className="glance-link"
      href={`?${params}`}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onShowRow(groupId);
      }}
    >
      {children}
      <span className="visually-hidden"> (show in the grid)</span>
    </a>
  );
}

/** One line per outlet: an outlet's several articles add up. */
function byOutlet(rows: GlanceQuoted["byArticle"], outletOf: (id: string) => string): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const outlet = outletOf(row.articleId);
    counts.set(outlet, (counts.get(outlet) ?? 0) + row.direct + row.indirect);
  }
  return [...counts].map(([outlet, n]) => `${outlet} (${n})`).join(", ");
}

function ClaimLine({
  claim,
  labelOf,
  onShowRow,
}: {
  claim: GlanceClaim;
  labelOf: (id: string) => string;
  onShowRow: (id: string) => void;
}) {
  return (
    <li>
      <RowLink groupId={claim.groupId} onShowRow={onShowRow}>
        <span className="glance-claim">{shorten(claim.text, 130)}</span>
      </RowLink>{" "}
      <span className="glance-outlets">({namedOutlets(claim.articleIds.map(labelOf))})</span>
    </li>
  );
}

function MoreButton({
  open,
  hidden,
  onToggle,
}: {
  open: boolean;
  hidden: number;
  onToggle: () => void;
}) {
  if (hidden <= 0) return null;
  return (
    <button type="button" className="link-button" aria-expanded={open} onClick={onToggle}>
      {open ? "Show fewer" : `Show ${hidden} more`}
    </button>
  );
}

/**
 * "At a glance": the disagreements and the shared facts first, then what only one outlet
 * reports, who is quoted by whom and when. Every line links to its row in the grid.
 */
export function StoryGlance({ data, onShowRow }: StoryGlanceProps) {
  const glance = useMemo(() => buildGlance(data), [data]);
  const [allConflicts, setAllConflicts] = useState(false);
  const [allQuoted, setAllQuoted] = useState(false);
  const [allShared, setAllShared] = useState(false);
  const outletName = (id: string) => data.byId.get(id)?.outlet.name ?? labelOf(id);
  const { labelOf } = data;
  const conflicts = allConflicts ? glance.conflicts : glance.conflicts.slice(0, FIRST_LINES);
  const quoted = glance.quoted;
  const shownQuoted = allQuoted ? quoted : quoted.slice(0, FIRST_LINES);
  const outlets = `${glance.outletCount} ${glance.outletCount === 1 ? "outlet" : "outlets"}`;
  // On a phone the full summary would push the grid a few screens down: it starts folded to
  // one line of counts, opened on request (the choice holds while the page stays narrow).
  const narrow = useNarrowScreen();
  const [unfolded, setUnfolded] = useState(false);
  const folded = narrow && !unfolded;
  const bodyId = useId();
  const soloCount = glance.solo.reduce((n, entry) => n + entry.claims.length, 0);

  return (
    <section
      className={folded ? "glance glance-folded" : "glance"}
      aria-labelledby="glance-heading"
    >
      <h2 id="glance-heading" className="glance-heading">
        At a glance
      </h2>
      <p className="glance-dates">
        {glance.articleCount} {glance.articleCount === 1 ? "article" : "articles"} from {outlets},
        published {dateRange(glance.dates.from, glance.dates.to)}
        {glance.dates.undated > 0 ? ` (${glance.dates.undated} undated)` : ""}
      </p>
      {narrow ? (
        <p className="glance-counts">
          <span className="count-conflict">
            {glance.conflicts.length}{" "}
            {glance.conflicts.length === 1 ? "disagreement" : "disagreements"}
          </span>{" "}
          · {glance.shared.total} shared · {soloCount} in one outlet only{" "}
          <button
            type="button"
            className="link-button"
            aria-expanded={!folded}
            aria-controls={bodyId}
            onClick={() => setUnfolded((value) => !value)}
          >
            {folded ? "Show the summary" : "Fold the summary"}
          </button>
        </p>
      ) : null}
      <div id={bodyId} hidden={folded}>
        <div className="glance-main">
          <div className="glance-block glance-conflicts">
            <h3>
              <span className="badge-icon glance-icon" aria-hidden="true">
                ≠
              </span>{" "}
              Where they disagree <span className="glance-count">({glance.conflicts.length})</span>
            </h3>
            {glance.conflicts.length === 0 ? (
              <p className="muted">No conflicting values found between the outlets.</p>
            ) : (
              <ul>
                {conflicts.map((conflict) => (
                  <li key={`${conflict.groupId}:${conflict.kind}:${conflict.subject}`}>
                    <RowLink groupId={conflict.groupId} onShowRow={onShowRow}>
                      <span className="conflict-subject">{conflict.subject}</span>
                    </RowLink>
                    :{" "}
                    {conflict.sides.map((side, index) => (
                      <span key={side.text}>
                        {index > 0 ? <span className="conflict-vs"> vs </span> : null}
                        <q className="conflict-value">{side.text}</q>{" "}
                        <span className="glance-outlets">
                          ({namedOutlets(side.articleIds.map(labelOf))})
                        </span>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            <MoreButton
              open={allConflicts}
              hidden={glance.conflicts.length - FIRST_LINES}
              onToggle={() => setAllConflicts((v) => !v)}
            />
          </div>
          <div className="glance-block glance-shared">
            <h3>
              <span className="badge-icon glance-icon" aria-hidden="true">
                =
              </span>{" "}
              {glance.shared.byEveryOutlet
                ? `Reported by all ${outlets}`
                : "Reported by several outlets"}{" "}
              <span className="glance-count">
                ({glance.shared.total}
                {glance.shared.byEveryOutlet || glance.outletCount < 2
                  ? ""
                  : `; none by all ${glance.outletCount}`}
                )
              </span>
            </h3>
            {glance.shared.claims.length === 0 ? (
              <p className="muted">
                {glance.outletCount < 2
                  ? "Only one outlet so far: add another outlet's article to compare."
                  : "No claim is reported by more than one outlet."}
              </p>
            ) : (
              <ul>
                {(allShared
                  ? glance.shared.claims
                  : glance.shared.claims.slice(0, FIRST_LINES)
                ).map((claim) => (
                  <ClaimLine
                    key={claim.groupId}
                    claim={claim}
                    labelOf={labelOf}
                    onShowRow={onShowRow}
                  />
                ))}
              </ul>
            )}
            <MoreButton
              open={allShared}
              hidden={glance.shared.claims.length - FIRST_LINES}
              onToggle={() => setAllShared((v) => !v)}
            />
          </div>
        </div>
        <div className="glance-more">
          <div className="glance-block glance-solo">
            <h3>Only one outlet reports</h3>
            {glance.solo.length === 0 ? (
              <p className="muted">Nothing: every claim is reported by several articles.</p>
            ) : (
              <ul className="glance-solo-list">
                {glance.solo.map((entry) => (
                  <li key={entry.articleId}>
                    <details>
                      <summary>
                        {labelOf(entry.articleId)}: {entry.claims.length}{" "}
                        {entry.claims.length === 1 ? "claim" : "claims"}
                      </summary>
                      <ul>
                        {entry.claims.map((claim) => (
                          <li key={claim.groupId}>
                            <RowLink groupId={claim.groupId} onShowRow={onShowRow}>
                              <span className="glance-claim">{shorten(claim.text, 130)}</span>
                            </RowLink>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="glance-block glance-quoted">
            <h3>Who is quoted by whom</h3>
            {quoted.length === 0 ? (
              <p className="muted">No quote has a named speaker.</p>
            ) : (
              <ul>
                {shownQuoted.map((speaker) => (
                  <li key={speaker.entityId}>
                    <span className="glance-speaker">{speaker.name}</span>:{" "}
                    {byOutlet(speaker.byArticle, outletName)}
                  </li>
                ))}
              </ul>
            )}
            <MoreButton
              open={allQuoted}
              hidden={quoted.length - FIRST_LINES}
              onToggle={() => setAllQuoted((v) => !v)}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
