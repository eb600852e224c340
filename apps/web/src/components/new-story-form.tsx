import { type FormEvent, useId, useState } from "react";
import { errorSentence } from "../api-error-sentences.ts";
import { useApi } from "../hooks/use-api.ts";
import { ActionError } from "./action-error.tsx";

/** Starts an empty, named story; articles are added to it afterwards. */
export function NewStoryForm({ onCreated }: { onCreated: (storyId: string) => void }) {
  const api = useApi();
  const nameId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError("Give the story a name.");
    setBusy(true);
    setError(null);
    try {
      onCreated((await api.createStory(name.trim())).id);
    } catch (caught) {
      setError(errorSentence(caught));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        New story
      </button>
    );
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor={nameId}>Story name</label>
      <input
        id={nameId}
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        // biome-ignore lint/a11y/noAutofocus: the reader just asked for a new story; naming it is next.
        autoFocus
      />
      <button type="submit" className="button-primary" disabled={busy}>
        Create story
      </button>
      <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
        Cancel
      </button>
      <ActionError message={error} />
    </form>
  );
}
