import { useId, useState } from "react";
import { useApi } from "../hooks/use-api.ts";
import { useResource } from "../hooks/use-resource.ts";
import { useWriteAction } from "../hooks/use-write-action.ts";
import { ActionError } from "./action-error.tsx";
import { WriteTokenPrompt } from "./write-token-prompt.tsx";

interface ArticleMovesProps {
  storyId: string;
  articleId: string;
  label: string;
  onChanged: () => void;
}

const NEW_STORY = "new";

/** Take an article out of its story, or move it to another (or a new) story. */
export function ArticleMoves({ storyId, articleId, label, onChanged }: ArticleMovesProps) {
  const api = useApi();
  const selectId = useId();
  const nameId = useId();
  const stories = useResource("stories", (signal) => api.listStories(signal));
  const [target, setTarget] = useState("");
  const [newName, setNewName] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { run, busy, error, tokenRequest } = useWriteAction();
  const others = (stories.data ?? []).filter((s) => s.id !== storyId);

  const change = (work: () => Promise<void>) => run(work, onChanged);

  const move = () =>
    change(async () => {
      let destination = target;
      if (target === NEW_STORY) {
        const name = newName.trim();
        if (!name) throw new Error("Name the new story.");
        destination = (await api.createStory(name)).id;
      }
      await api.removeArticle(storyId, articleId);
      try {
        await api.placeArticle(destination, articleId);
      } catch (caught) {
        // Put it back rather than leave it in no story at all.
        await api.placeArticle(storyId, articleId).catch(() => undefined);
        throw caught;
      }
    });

  return (
    <div className="article-moves">
      <div className="inline-form">
        <label htmlFor={selectId}>Move to</label>
        <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
          <option value="">Choose a story…</option>
          {others.map((story) => (
            <option key={story.id} value={story.id}>
              {story.name}
            </option>
          ))}
          <option value={NEW_STORY}>A new story…</option>
        </select>
        {target === NEW_STORY ? (
          <>
            <label htmlFor={nameId} className="visually-hidden">
              Name of the new story
            </label>
            <input
              id={nameId}
              value={newName}
              maxLength={200}
              placeholder="Name of the new story"
              onChange={(event) => setNewName(event.target.value)}
            />
          </>
        ) : null}
        <button type="button" disabled={busy || target === ""} onClick={() => void move()}>
          Move
        </button>
      </div>
      {confirming ? (
        <div className="inline-form">
          <span>Remove {label} from this story? The article stays stored.</span>
          <button
            type="button"
            className="button-danger"
            disabled={busy}
            onClick={() => void change(() => api.removeArticle(storyId, articleId))}
          >
            Remove
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <button type="button" className="button-small" onClick={() => setConfirming(true)}>
          Remove from this story
        </button>
      )}
      <WriteTokenPrompt request={tokenRequest} />
      <ActionError message={error} />
    </div>
  );
}
