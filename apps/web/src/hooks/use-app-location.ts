import { useCallback, useMemo, useSyncExternalStore } from "react";
import { type AppLocation, formatLocation, parseLocation } from "../model/app-location.ts";

// pushState fires no event of its own, so navigations announce themselves with this one.
const CHANGE_EVENT = "parallax:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;

export type Navigate = (patch: Partial<AppLocation>, options?: { replace?: boolean }) => void;

/** The app's state as held in the URL, and a way to change it with the History API. */
export function useAppLocation(): [AppLocation, Navigate] {
  const search = useSyncExternalStore(subscribe, readSearch, () => "");
  const location = useMemo(() => parseLocation(search), [search]);
  const navigate = useCallback<Navigate>((patch, options) => {
    const next = { ...parseLocation(window.location.search), ...patch };
    const url = `${window.location.pathname}${formatLocation(next)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (options?.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [location, navigate];
}
