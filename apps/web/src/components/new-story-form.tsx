import { type FormEvent, useId, useState } from "react";
import { useApi } from "../hooks/use-api.ts";
import { useWriteAction } from "../hooks/use-write-action.ts";
import { ActionError } from "./action-error.tsx";
import { WriteTokenPrompt } from "./write-token-prompt.tsx";

/** Starts an empty, named story; articles are added to it afterwards. */
export function NewStoryForm({ onCreated }: { onCreated: (storyId: string) => void }) {
  const api = useApi();
  const nameId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const { run, busy, error, setError, tokenRequest } = useWriteAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError("Give the story a name.");
    void run(async () => onCreated((await api.createStory(trimmed)).id));
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
      <WriteTokenPrompt request={tokenRequest} />
    </form>
  );
}
