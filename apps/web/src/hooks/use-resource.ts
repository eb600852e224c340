import { useCallback, useEffect, useRef, useState } from "react";

export interface Resource<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  /** Loads again in place, keeping the current data on screen until the new data arrives. */
  reload: () => void;
}

/**
 * Loads `load(signal)` whenever `key` changes (null: nothing to load). Stale answers are
 * dropped, so a fast click through stories never shows the wrong one. `initial` may give the
 * first key's data at once (a response that arrived before the app started); it is not loaded
 * again then.
 */
export function useResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  initial?: () => T | null,
): Resource<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: Error | null }>(
    () => {
      const data = key !== null && initial ? initial() : null;
      return { key: data === null ? null : key, data, error: null };
    },
  );
  const skipFirstLoad = useRef(state.data !== null);
  const [generation, setGeneration] = useState(0);
  const [loading, setLoading] = useState(key !== null && state.data === null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is re-created each render; key and generation say when to load.
  useEffect(() => {
    if (key === null || skipFirstLoad.current) {
      skipFirstLoad.current = false;
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setState({ key, data, error: null });
        setLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({
          key,
          data: current.key === key ? current.data : null,
          error: error instanceof Error ? error : new Error(String(error)),
        }));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: loading || !current,
    reload,
  };
}
