import type { AppLocation } from "./app-location.ts";
import type { StoryData } from "./story-data.ts";

/**
 * The URL parameters that no longer apply to the loaded story — a row or article it does not
 * hold (removed, or from an old link), a person it does not name, an open article on a tab
 * without the grid — as a patch that clears them; null when all apply.
 */
export function staleParams(location: AppLocation, data: StoryData): Partial<AppLocation> | null {
  const patch: Partial<AppLocation> = {};
  const group = data.comparison.groups.find((g) => g.id === location.rowId);
  if (location.rowId !== null && (!group || location.tab !== "compare")) patch.rowId = null;
  if (
    location.articleId !== null &&
    (!data.byId.has(location.articleId) || location.tab !== "compare")
  ) {
    patch.articleId = null;
  }
  if (
    location.personId !== null &&
    !data.comparison.entities.some((e) => e.id === location.personId)
  ) {
    patch.personId = null;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}
