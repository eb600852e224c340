/** Which article columns show, in what order, and which stay pinned at the left. */
export interface ColumnLayout {
  order: string[];
  hidden: string[];
  pinned: string[];
}

/** Keeps the user's choices for known articles; new articles join at their date position. */
export function reconcileLayout(layout: ColumnLayout, dateOrder: readonly string[]): ColumnLayout {
  const known = new Set(dateOrder);
  const order = layout.order.filter((id) => known.has(id));
  for (const id of dateOrder) {
    if (order.includes(id)) continue;
    const datePosition = dateOrder.indexOf(id);
    const nextKnown = dateOrder.slice(datePosition + 1).find((other) => order.includes(other));
    order.splice(nextKnown ? order.indexOf(nextKnown) : order.length, 0, id);
  }
  return {
    order,
    hidden: layout.hidden.filter((id) => known.has(id)),
    pinned: layout.pinned.filter((id) => known.has(id)),
  };
}

/** Visible columns, pinned ones first (in pin order), then the rest in the chosen order. */
export function visibleColumns(layout: ColumnLayout): string[] {
  const shown = layout.order.filter((id) => !layout.hidden.includes(id));
  return [
    ...layout.pinned.filter((id) => shown.includes(id)),
    ...shown.filter((id) => !layout.pinned.includes(id)),
  ];
}

/** Swap a column with its visible neighbour; hidden columns are stepped over. */
export function moveColumn(layout: ColumnLayout, id: string, direction: -1 | 1): ColumnLayout {
  const visible = visibleColumns(layout);
  const at = visible.indexOf(id);
  const neighbour = visible[at + direction];
  if (at < 0 || neighbour === undefined) return layout;
  const isPinned = layout.pinned.includes(id);
  if (isPinned !== layout.pinned.includes(neighbour)) return layout;
  const swap = (list: string[]) => {
    const next = [...list];
    const a = next.indexOf(id);
    const b = next.indexOf(neighbour);
    if (a < 0 || b < 0) return next;
    next[a] = neighbour;
    next[b] = id;
    return next;
  };
  return {
    ...layout,
    order: swap(layout.order),
    pinned: isPinned ? swap(layout.pinned) : layout.pinned,
  };
}

export function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((other) => other !== id) : [...list, id];
}
