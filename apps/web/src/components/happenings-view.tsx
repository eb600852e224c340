import { useId, useState } from "react";
import type { StoryData } from "../model/story-data.ts";
import {
  type Happening,
  type HappeningTelling,
  storyHappenings,
} from "../model/story-happenings.ts";
import { StatusMessage } from "./status-message.tsx";

/** Statements shown per outlet before "more": enough to recognise the outlet's telling. */
const SHOWN_PER_OUTLET = 2;
const SHOWN_PARTICIPANTS = 4;

function participantsLine(names: readonly string[]): string {
  if (names.length <= SHOWN_PARTICIPANTS) return names.join(", ");
  const rest = names.length - SHOWN_PARTICIPANTS;
  return `${names.slice(0, SHOWN_PARTICIPANTS).join(", ")} and ${rest} more`;
}

function StatementLink({
  statement,
  onShowRow,
}: {
  statement: HappeningTelling["statements"][number];
  onShowRow: (rowId: string) => void;
}) {
  return (
    <button
      type="button"
      className="link-button happening-statement"
      onClick={() => onShowRow(statement.groupId)}
    >
      {statement.text}
    </button>
  );
}

function HappeningCard({
  data,
  happening,
  onShowRow,
}: {
  data: StoryData;
  happening: Happening;
  onShowRow: (rowId: string) => void;
}) {
  const headingId = useId();
  const total = data.columns.length;
  const all = happening.missingArticleIds.length === 0;
  return (
    <li
      className={`person happening${all ? "" : " happening-partial"}`}
      aria-labelledby={headingId}
    >
      <div className="person-head">
        <h2 id={headingId}>
          {happening.label}
          {happening.participants.length > 0 ? (
            <span className="happening-participants">
              {" "}
              — {participantsLine(happening.participants)}
            </span>
          ) : null}
        </h2>
        <span className={`badge ${all ? "badge-agree" : "badge-partial"}`}>
          {all
            ? `Told in all ${total} articles`
            : `Told in ${happening.tellings.length} of ${total} articles`}
        </span>
      </div>
      <dl className="happening-tellings">
        {happening.tellings.map((telling) => {
          const shown = telling.statements.slice(0, SHOWN_PER_OUTLET);
          const rest = telling.statements.slice(SHOWN_PER_OUTLET);
          return (
            <div key={telling.articleId} className="happening-telling">
              <dt>{data.labelOf(telling.articleId)}</dt>
              {shown.map((s) => (
                <dd key={s.claimId}>
                  <StatementLink statement={s} onShowRow={onShowRow} />
                </dd>
              ))}
              {rest.length > 0 ? (
                <dd>
                  <details className="happening-more">
                    <summary>
                      {rest.length} more {rest.length === 1 ? "statement" : "statements"}
                    </summary>
                    <ul>
                      {rest.map((s) => (
                        <li key={s.claimId}>
                          <StatementLink statement={s} onShowRow={onShowRow} />
                        </li>
                      ))}
                    </ul>
                  </details>
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
      {all ? null : (
        <p className="happening-missing">
          <span className="muted">Not told in: </span>
          {happening.missingArticleIds.map((id) => data.labelOf(id)).join("; ")}
        </p>
      )}
    </li>
  );
}

/**
 * What happened in the story, one card per happening (several outlets' statements of it in any
 * words), with the outlets that leave it out: omissions at the level a reader thinks in.
 */
export function HappeningsView({
  data,
  onShowRow,
}: {
  data: StoryData;
  onShowRow: (rowId: string) => void;
}) {
  const [onlyOmitted, setOnlyOmitted] = useState(false);
  const happenings = storyHappenings(data);
  if (happenings.length === 0) {
    return (
      <StatusMessage kind="empty" title="No happening is told in more than one article here" />
    );
  }
  const shown = onlyOmitted ? happenings.filter((h) => h.missingArticleIds.length > 0) : happenings;
  return (
    <div className="people happenings">
      <p className="muted happenings-intro">
        {happenings.length} {happenings.length === 1 ? "happening" : "happenings"} told in two
        articles or more, grouped by what happened and who took part. Select a statement to see its
        row in the comparison.
      </p>
      <label className="happenings-filter">
        <input
          type="checkbox"
          checked={onlyOmitted}
          onChange={(event) => setOnlyOmitted(event.target.checked)}
        />{" "}
        Only happenings some articles leave out
      </label>
      {shown.length === 0 ? (
        <StatusMessage kind="empty" title="Every article tells every happening" />
      ) : (
        <ol className="happenings-list" aria-label="Happenings">
          {shown.map((happening) => (
            <HappeningCard
              key={happening.id}
              data={data}
              happening={happening}
              onShowRow={onShowRow}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
