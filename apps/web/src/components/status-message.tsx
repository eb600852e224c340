interface StatusMessageProps {
  kind: "loading" | "empty" | "error";
  title: string;
  detail?: string | undefined;
  onRetry?: (() => void) | undefined;
}

/** Loading, empty and error states, announced to screen readers. */
export function StatusMessage({ kind, title, detail, onRetry }: StatusMessageProps) {
  return (
    <div
      className={`status status-${kind}`}
      role={kind === "error" ? "alert" : "status"}
      aria-busy={kind === "loading" || undefined}
    >
      {kind === "loading" ? <span className="spinner" aria-hidden="true" /> : null}
      <p className="status-title">{title}</p>
      {detail ? <p className="status-detail">{detail}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
