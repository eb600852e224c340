import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { readApiToken, saveApiToken } from "../api-token.ts";
import type { TokenRequest } from "../hooks/use-write-action.ts";

/**
 * Asks for the write token when the API refused a change without it (a Parallax started with
 * PARALLAX_API_TOKEN), keeps it for this browser tab and repeats the change. Not a <form>: it
 * may sit inside another form (rename), and forms do not nest.
 */
export function WriteTokenPrompt({ request }: { request: TokenRequest | null }) {
  const id = useId();
  const hintId = useId();
  const [token, setToken] = useState(() => readApiToken() ?? "");
  const input = useRef<HTMLInputElement>(null);
  const shown = request !== null;
  useEffect(() => {
    if (shown) input.current?.focus();
  }, [shown]);
  if (!request) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveApiToken(token.trim() || null);
    request.retry();
  };
  return (
    <div className="token-prompt">
      <label htmlFor={id}>Write token</label>
      <p className="field-hint" id={hintId} role="alert">
        {request.refused
          ? "This token was refused; check it with whoever runs this Parallax."
          : "This Parallax accepts changes only with its write token. It is kept in this browser tab only."}
      </p>
      <input
        ref={input}
        id={id}
        name="token"
        type="password"
        autoComplete="current-password"
        aria-describedby={hintId}
        aria-invalid={request.refused || undefined}
        value={token}
        onChange={(event) => setToken(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") submit(event);
        }}
      />
      <button type="button" className="button-primary" onClick={submit}>
        Use token and retry
      </button>
    </div>
  );
}
