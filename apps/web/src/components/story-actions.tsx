import { type FormEvent, useId, useState } from "react";
import { useApi } from "../hooks/use-api.ts";
import { useWriteAction } from "../hooks/use-write-action.ts";
import { ActionError } from "./action-error.tsx";
import { WriteTokenPrompt } from "./write-token-prompt.tsx";

interface StoryActionsProps {
  storyId: string;
  name: string;
  onRenamed: () => void;
  onDeleted: () => void;
}

type Mode = "idle" | "renaming" | "deleting";

/** Rename, export and delete the story; each change confirms or reports in one sentence. */
export function StoryActions({ storyId, name, onRenamed, onDeleted }: StoryActionsProps) {
  const api = useApi();
  const nameId = useId();
  const [mode, setMode] = useState<Mode>("idle");
  const [draft, setDraft] = useState(name);
  const { run: write, busy, error, setError, tokenRequest } = useWriteAction();
  const run = (change: () => Promise<unknown>, done: () => void) =>
    write(change, () => {
      setMode("idle");
      done();
    });

  const rename = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    if (!next) return setError("Give the story a name.");
    if (next === name) return setMode("idle");
    void run(() => api.renameStory(storyId, next), onRenamed);
  };

  return (
    <div className="story-actions">
      {mode === "renaming" ? (
        <form className="inline-form" onSubmit={rename}>
          <label htmlFor={nameId} className="visually-hidden">
            Story name
          </label>
          <input
            id={nameId}
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") setMode("idle");
            }}
            // biome-ignore lint/a11y/noAutofocus: the reader just asked to rename; the field is the next step.
            autoFocus
          />
          <button type="submit" className="button-primary" disabled={busy}>
            Save name
          </button>
          <button type="button" className="button-quiet" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </form>
      ) : mode === "deleting" ? (
        <div className="inline-form">
          <span>Delete this story? Its articles stay stored, without a story.</span>
          <button
            type="button"
            className="button-danger"
            disabled={busy}
            onClick={() => void run(() => api.deleteStory(storyId), onDeleted)}
          >
            Delete story
          </button>
          <button type="button" className="button-quiet" onClick={() => setMode("idle")}>
            Keep it
          </button>
        </div>
      ) : (
        <>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setDraft(name);
              setError(null);
              setMode("renaming");
            }}
          >
            Rename
          </button>
          <a className="button-small" href={api.exportUrl(storyId, "md")} download>
            Export Markdown
          </a>
          <a className="button-small" href={api.exportUrl(storyId, "json")} download>
            Export JSON
          </a>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setError(null);
              setMode("deleting");
            }}
          >
            Delete
          </button>
        </>
      )}
      <WriteTokenPrompt request={tokenRequest} />
      <ActionError message={error} />
    </div>
  );
}
