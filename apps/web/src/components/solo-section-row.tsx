import { forwardRef } from "react";

interface SoloSectionRowProps {
  index: number;
  start: number;
  label: string;
  count: number;
  expanded: boolean;
  /** Filters are on: the section is open and cannot fold. */
  forced: boolean;
  onToggle: () => void;
}

/** The fold over the rows only one article reports: "Only in Benzinga: 12 claims". */
export const SoloSectionRow = forwardRef<HTMLDivElement, SoloSectionRowProps>(
  function SoloSectionRow(props, ref) {
    const noun = props.count === 1 ? "claim" : "claims";
    return (
      <div
        ref={ref}
        data-index={props.index}
        className="grid-row grid-body-row grid-section-row"
        role="row"
        aria-rowindex={props.index + 2}
        style={{ transform: `translateY(${props.start}px)` }}
      >
        <div className="section-head" role="rowheader" data-col={-1}>
          {props.forced ? (
            <span className="section-title">
              Only in {props.label}: {props.count} {noun}
            </span>
          ) : (
            <button
              type="button"
              className="section-toggle"
              aria-expanded={props.expanded}
              onClick={props.onToggle}
            >
              <span className="section-caret" aria-hidden="true">
                {props.expanded ? "▾" : "▸"}
              </span>
              Only in {props.label}: {props.count} {noun}
              <span className="section-hint">{props.expanded ? "Fold" : "Show"}</span>
            </button>
          )}
        </div>
      </div>
    );
  },
);
