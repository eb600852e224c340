import { useCallback, useRef, useState } from "react";
import { errorSentence } from "../api-error-sentences.ts";
import { ApiRequestError } from "../api-errors.ts";
import { readApiToken } from "../api-token.ts";

/** The API refused a write for want of a (valid) token; `retry` repeats the refused write. */
export interface TokenRequest {
  /** A token was sent and refused (else none was known yet). */
  refused: boolean;
  retry: () => void;
}

export interface WriteAction {
  /** Runs a write; `done` follows its success. A 401 asks for the token instead of failing. */
  run: (change: () => Promise<unknown>, done?: () => void) => Promise<void>;
  busy: boolean;
  /** The failure in one plain sentence, or null. */
  error: string | null;
  setError: (message: string | null) => void;
  /** Set while the write waits for the token (render a WriteTokenPrompt). */
  tokenRequest: TokenRequest | null;
}

/**
 * One write from the UI (rename, delete, move, follow a feed …) with its busy state, its error
 * as a sentence, and — on a Parallax started with PARALLAX_API_TOKEN — a request for the token
 * that repeats the write once the reader gives it.
 */
export function useWriteAction(): WriteAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tokenRequest, setTokenRequest] = useState<TokenRequest | null>(null);
  const running = useRef(false);

  const run = useCallback(async (change: () => Promise<unknown>, done?: () => void) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await change();
      setTokenRequest(null);
      done?.();
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.status === 401) {
        setTokenRequest({
          refused: readApiToken() !== null,
          retry: () => void run(change, done),
        });
      } else {
        setError(errorSentence(caught));
      }
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { run, busy, error, setError, tokenRequest };
}
