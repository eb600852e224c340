import type { StoryData } from "../model/story-data.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import { StatusMessage } from "./status-message.tsx";

/** Each outlet's value for each measure; rows where the numbers disagree stand out. */
export function FiguresTable({ data }: { data: StoryData }) {
  const rows = data.comparison.figures;
  if (rows.length === 0) {
    return <StatusMessage kind="empty" title="No figures in this story" />;
  }
  const columns = data.columns.filter((c) =>
    rows.some((r) => r.values.some((v) => v.articleId === c.id)),
  );
  return (
    <ScrollRegion label={"Figures by outlet"}>
      <table className="figures-table">
        <caption className="visually-hidden">Figures by outlet</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {data.labelOf(column.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const distinct = new Set(row.values.map((v) => `${v.value} ${v.unit}`));
            const differ = distinct.size > 1;
            return (
              <tr key={row.measure} className={differ ? "figure-differ" : undefined}>
                <th scope="row">
                  {row.measure}
                  {differ ? (
                    <span className="badge badge-conflict">
                      <span className="badge-icon" aria-hidden="true">
                        ≠
                      </span>
                      Values differ
                    </span>
                  ) : null}
                </th>
                {columns.map((column) => {
                  // An article that repeats a figure ("$350 billion" twice) shows it once.
                  const values = row.values
                    .filter((v) => v.articleId === column.id)
                    .filter(
                      (v, i, all) =>
                        all.findIndex((o) => o.text.toLowerCase() === v.text.toLowerCase()) === i,
                    );
                  return (
                    <td key={column.id}>
                      {values.length === 0 ? (
                        <span className="muted">
                          —<span className="visually-hidden">not reported</span>
                        </span>
                      ) : (
                        values.map((v) => (
                          <span key={`${v.span.start}`} className="figure-value">
                            {v.text}
                          </span>
                        ))
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
