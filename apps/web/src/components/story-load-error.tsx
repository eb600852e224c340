import { errorSentence, isNotFound } from "../api-error-sentences.ts";
import { StatusMessage } from "./status-message.tsx";

/** Why a story could not be shown: gone (no retry), or the API's error in one sentence. */
export function StoryLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return isNotFound(error) ? (
    <StatusMessage
      kind="error"
      title="This story does not exist"
      detail="It may have been deleted, or the link is incomplete. All stories are listed on the start page."
    />
  ) : (
    <StatusMessage
      kind="error"
      title="Could not load this story"
      detail={errorSentence(error)}
      onRetry={onRetry}
    />
  );
}
