import type { StoryEntity } from "@parallax/core/schemas";
import { useEffect, useId, useState } from "react";
import type { RowFilter } from "../model/app-location.ts";
import { ROW_FILTERS } from "../model/app-location.ts";

const FILTER_LABELS: Record<RowFilter, string> = {
  conflicts: "Conflicts only",
  omissions: "Omissions only",
  quotes: "Quotes only",
  figures: "Figures only",
};

interface FilterBarProps {
  filters: readonly RowFilter[];
  personId: string | null;
  query: string;
  people: readonly StoryEntity[];
  shown: number;
  total: number;
  onFilters: (filters: RowFilter[]) => void;
  onPerson: (personId: string | null) => void;
  onQuery: (query: string) => void;
  onClear: () => void;
}

/** Narrows the rows: filters combine, and the count says how many remain. */
export function FilterBar(props: FilterBarProps) {
  const searchId = useId();
  const personFieldId = useId();
  const [draft, setDraft] = useState(props.query);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  useEffect(() => setDraft(props.query), [props.query]);
  const { onQuery } = props;
  useEffect(() => {
    if (draft === props.query) return;
    // Typing updates the URL after a pause instead of once per key.
    const timer = setTimeout(() => onQuery(draft), 200);
    return () => clearTimeout(timer);
  }, [draft, props.query, onQuery]);

  const toggle = (filter: RowFilter) =>
    props.onFilters(
      props.filters.includes(filter)
        ? props.filters.filter((f) => f !== filter)
        : [...props.filters, filter],
    );
  const active = props.filters.length > 0 || props.personId !== null || props.query !== "";

  const activeCount = props.filters.length + (props.personId ? 1 : 0) + (props.query ? 1 : 0);
  return (
    <search className="filter-bar" aria-label="Filter rows" data-open={open}>
      {/* On a phone the filters fold away behind this button; on wider screens it is hidden. */}
      <button
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((value) => !value)}
      >
        Filters{activeCount > 0 ? ` (${activeCount} on)` : ""} · {props.shown} of {props.total} rows
      </button>
      <div className="filter-body" id={bodyId}>
        <fieldset className="filter-chips">
          <legend className="visually-hidden">Show only</legend>
          {ROW_FILTERS.map((filter) => (
            <button
              key={filter}
              type="button"
              className="chip"
              aria-pressed={props.filters.includes(filter)}
              onClick={() => toggle(filter)}
            >
              {FILTER_LABELS[filter]}
            </button>
          ))}
        </fieldset>
        <div className="filter-field">
          <label htmlFor={personFieldId}>Person</label>
          <select
            id={personFieldId}
            value={props.personId ?? ""}
            onChange={(event) => props.onPerson(event.target.value || null)}
          >
            <option value="">Everyone</option>
            {props.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field filter-search">
          <label htmlFor={searchId}>Search</label>
          <input
            id={searchId}
            type="search"
            value={draft}
            placeholder="Words in any outlet’s text"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") onQuery(draft);
            }}
          />
        </div>
        <p className="filter-count" aria-live="polite">
          {props.shown} of {props.total} rows
          {active ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setDraft("");
                props.onClear();
              }}
            >
              Clear filters
            </button>
          ) : null}
        </p>
      </div>
    </search>
  );
}
