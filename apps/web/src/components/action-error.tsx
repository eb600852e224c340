/** A failed action's one-sentence explanation, announced when it appears. */
export function ActionError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="action-error" role="alert">
      {message}
    </p>
  );
}
