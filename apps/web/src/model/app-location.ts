/** Everything the URL holds, so any view can be bookmarked or shared. */
export type Tab = "compare" | "events" | "people" | "figures" | "timeline";
export type RowFilter = "conflicts" | "omissions" | "quotes" | "figures";

export interface AppLocation {
  storyId: string | null;
  tab: Tab;
  filters: RowFilter[];
  personId: string | null;
  query: string;
  rowId: string | null;
  articleId: string | null;
  adding: boolean;
}

const TABS: readonly Tab[] = ["compare", "events", "people", "figures", "timeline"];
export const ROW_FILTERS: readonly RowFilter[] = ["conflicts", "omissions", "quotes", "figures"];

export const HOME: AppLocation = {
  storyId: null,
  tab: "compare",
  filters: [],
  personId: null,
  query: "",
  rowId: null,
  articleId: null,
  adding: false,
};

export function parseLocation(search: string): AppLocation {
  const params = new URLSearchParams(search);
  const tab = params.get("tab");
  const filters = (params.get("filter") ?? "")
    .split(",")
    .filter((f): f is RowFilter => (ROW_FILTERS as readonly string[]).includes(f));
  return {
    storyId: params.get("story") || null,
    tab: TABS.includes(tab as Tab) ? (tab as Tab) : "compare",
    filters,
    personId: params.get("person") || null,
    query: params.get("q") ?? "",
    rowId: params.get("row") || null,
    articleId: params.get("article") || null,
    adding: params.get("add") === "1",
  };
}

export function formatLocation(location: AppLocation): string {
  const params = new URLSearchParams();
  if (location.storyId) params.set("story", location.storyId);
  if (location.tab !== "compare") params.set("tab", location.tab);
  if (location.filters.length > 0) params.set("filter", location.filters.join(","));
  if (location.personId) params.set("person", location.personId);
  if (location.query) params.set("q", location.query);
  if (location.rowId) params.set("row", location.rowId);
  if (location.articleId) params.set("article", location.articleId);
  if (location.adding) params.set("add", "1");
  const text = params.toString();
  return text ? `?${text}` : "";
}
