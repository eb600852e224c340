import { type KeyboardEvent, useRef } from "react";
import type { Tab } from "../model/app-location.ts";

const TABS: { id: Tab; label: string }[] = [
  { id: "compare", label: "Comparison" },
  { id: "events", label: "Happenings" },
  { id: "people", label: "People" },
  { id: "figures", label: "Figures" },
  { id: "timeline", label: "Timeline" },
];

/** The story's views as an ARIA tab list: arrow keys move between tabs. */
export function StoryTabs({
  tab,
  onTab,
  onAdd,
}: {
  tab: Tab;
  onTab: (tab: Tab) => void;
  onAdd: () => void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    const target = TABS[next];
    if (!target) return;
    onTab(target.id);
    refs.current[next]?.focus();
  };
  return (
    <div className="tab-bar">
      <div role="tablist" aria-label="Story views" className="tabs">
        {TABS.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`panel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            className="tab"
            onClick={() => onTab(item.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <button type="button" className="button-primary" onClick={onAdd}>
        Add an article
      </button>
    </div>
  );
}
