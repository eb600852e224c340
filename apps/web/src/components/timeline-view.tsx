import { formatDay } from "../model/article-column.ts";
import type { StoryData } from "../model/story-data.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { StatusMessage } from "./status-message.tsx";

const PRECISION_NOTE: Record<string, string> = {
  week: "that week",
  month: "that month",
  year: "that year",
};

/** Sub-events in date order, with a mark for every outlet that reported each. */
export function TimelineView({
  data,
  onShowRow,
}: {
  data: StoryData;
  onShowRow: (rowId: string) => void;
}) {
  const events = [...data.comparison.timeline].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  });
  if (events.length === 0) {
    return <StatusMessage kind="empty" title="No dated events in this story" />;
  }
  return (
    <ScrollRegion label={"Timeline"}>
      <table className="timeline">
        <caption className="visually-hidden">
          Timeline of events and the outlets that report them
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            {data.columns.map((column) => (
              <th key={column.id} scope="col" className="timeline-outlet">
                <span>{data.labelOf(column.id)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="timeline-date">
                <span className="timeline-dot" aria-hidden="true" />
                {event.date ? (
                  <time dateTime={event.date}>
                    {formatDay(event.date)}
                    {PRECISION_NOTE[event.precision] ? ` (${PRECISION_NOTE[event.precision]})` : ""}
                  </time>
                ) : (
                  "Undated"
                )}
              </td>
              <th scope="row" className="timeline-label">
                {event.groupIds[0] ? (
                  <button
                    type="button"
                    className="link-button timeline-link"
                    onClick={() => onShowRow(event.groupIds[0] as string)}
                  >
                    {event.label}
                  </button>
                ) : (
                  event.label
                )}
              </th>
              {data.columns.map((column) => {
                const reported = event.articleIds.includes(column.id);
                return (
                  <td key={column.id} className="timeline-mark">
                    <svg
                      width="18"
                      height="18"
                      viewBox="0 0 18 18"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <circle cx="9" cy="9" r="6" className={reported ? "mark-on" : "mark-off"} />
                    </svg>
                    <span className="visually-hidden">
                      {reported ? "reported" : "not reported"}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
