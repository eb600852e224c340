import { useEffect, useState } from "react";

/** The width below which the grid becomes cards (styles/narrow-screens.css uses the same 760 px). */
const NARROW = "(max-width: 760px)";

/** True on a phone-sized screen; follows rotation and window resizes. */
export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(
    () => typeof window !== "undefined" && !!window.matchMedia?.(NARROW).matches,
  );
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    if (!query) return;
    const update = () => setNarrow(query.matches);
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return narrow;
}
