import { useCallback, useEffect, useMemo, useState } from "react";
import {
  type ColumnLayout,
  moveColumn,
  reconcileLayout,
  toggle,
  visibleColumns,
} from "../model/column-layout.ts";

export interface ColumnControls {
  layout: ColumnLayout;
  visible: string[];
  hide: (id: string) => void;
  show: (id: string) => void;
  togglePin: (id: string) => void;
  move: (id: string, direction: -1 | 1) => void;
}

const EMPTY: ColumnLayout = { order: [], hidden: [], pinned: [] };

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The layout saved for a story in this browser; anything unreadable counts as none. */
function readSaved(key: string | null): ColumnLayout {
  if (!key) return EMPTY;
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? "null") as Partial<ColumnLayout> | null;
    if (saved && isIdList(saved.order) && isIdList(saved.hidden) && isIdList(saved.pinned)) {
      return { order: saved.order, hidden: saved.hidden, pinned: saved.pinned };
    }
  } catch {
    // Storage disabled or a hand-edited value: start from the date order.
  }
  return EMPTY;
}

/**
 * Column choices for one story, remembered in this browser (localStorage, per story) so hidden
 * and pinned columns stay that way on reload; articles added later slot in by date.
 */
export function useColumnLayout(
  dateOrder: readonly string[],
  storyId: string | null = null,
): ColumnControls {
  const key = storyId ? `parallax.columns.${storyId}` : null;
  const [stored, setStored] = useState<ColumnLayout>(() => readSaved(key));
  useEffect(() => {
    if (!key || stored === EMPTY) return;
    try {
      localStorage.setItem(key, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: the layout lasts for this page only.
    }
  }, [key, stored]);
  const layout = useMemo(() => reconcileLayout(stored, dateOrder), [stored, dateOrder]);
  const update = useCallback(
    (change: (current: ColumnLayout) => ColumnLayout) =>
      setStored((current) => change(reconcileLayout(current, dateOrder))),
    [dateOrder],
  );
  return {
    layout,
    visible: useMemo(() => visibleColumns(layout), [layout]),
    hide: (id) => update((l) => ({ ...l, hidden: [...l.hidden, id] })),
    show: (id) => update((l) => ({ ...l, hidden: l.hidden.filter((other) => other !== id) })),
    togglePin: (id) => update((l) => ({ ...l, pinned: toggle(l.pinned, id) })),
    move: (id, direction) => update((l) => moveColumn(l, id, direction)),
  };
}
