import { useCallback, useMemo, useState } from "react";
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

/** Column choices for one story; articles added later slot in by date. */
export function useColumnLayout(dateOrder: readonly string[]): ColumnControls {
  const [stored, setStored] = useState<ColumnLayout>({ order: [], hidden: [], pinned: [] });
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
