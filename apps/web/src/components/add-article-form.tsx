import { MAX_INPUT_BYTES } from "@parallax/core/browser-safe";
import { type FormEvent, useId, useRef, useState } from "react";
import type { ArticleCreated, NewArticle } from "../api-client.ts";
import { errorSentence } from "../api-error-sentences.ts";
import { ApiRequestError, fieldErrors } from "../api-errors.ts";
import { readApiToken, saveApiToken } from "../api-token.ts";
import { useApi } from "../hooks/use-api.ts";
import { useResource } from "../hooks/use-resource.ts";
import { looksLikeHtml, utf8Bytes } from "../model/pasted-html.ts";

type SourceMode = "text" | "file" | "url";

interface AddArticleFormProps {
  /** The story to preselect; null lets Parallax group the article. */
  defaultStoryId: string | null;
  onAdded: (result: ArticleCreated) => void;
  onCancel: () => void;
}

/** FileReader rather than Blob.text(), which older Safari and jsdom lack. */
function readAsText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

/** Which input an error about an API field belongs next to. */
function fieldFor(apiField: string, mode: SourceMode): string {
  if (apiField === "html" || apiField === "text") return mode;
  return apiField;
}

// Ingestion errors are about the article's content, whichever way it was given.
const CONTENT_CODES = new Set([
  "EMPTY",
  "EMPTY_INPUT",
  "TOO_LARGE",
  "PAYLOAD_TOO_LARGE",
  "NOT_AN_ARTICLE",
  "TOO_SHORT",
  "BINARY",
  "BINARY_CONTENT",
  "INVALID_UTF8",
  "NO_ARTICLE_CONTENT",
  "NO_TEXT",
]);

// URL problems belong next to the URL field.
const URL_CODES = new Set([
  "INVALID_URL",
  "URL_NOT_ALLOWED",
  "FETCH_FAILED",
  "FETCH_TIMEOUT",
  "PAGE_TOO_LARGE",
  "UNSUPPORTED_CONTENT_TYPE",
  "TOO_MANY_REDIRECTS",
]);

const MISSING_CONTENT: Record<SourceMode, string> = {
  text: "Paste the article's text.",
  file: "Choose a .txt or .html file.",
  url: "Give the article's web address.",
};

const TOO_LARGE = `The article is too large: Parallax reads at most ${MAX_INPUT_BYTES / 1024 / 1024} MB. Paste only the article itself.`;

/** The API's field message, or a plainer one where the API speaks of its own fields. */
function plainFieldMessage(field: string, message: string, mode: SourceMode): string {
  if (/give one of text, html or url/i.test(message)) return MISSING_CONTENT[mode];
  if (field === "outlet" && /required/i.test(message)) {
    return "Name the outlet that published the article, e.g. “The Daily Planet”.";
  }
  return message;
}

/** Add an article by pasting text, uploading a file or giving a URL. */
export function AddArticleForm({ defaultStoryId, onAdded, onCancel }: AddArticleFormProps) {
  const api = useApi();
  const stories = useResource("stories", (signal) => api.listStories(signal));
  const ids = {
    outlet: useId(),
    text: useId(),
    file: useId(),
    url: useId(),
    story: useId(),
    token: useId(),
  };
  const [mode, setMode] = useState<SourceMode>("text");
  const [outlet, setOutlet] = useState("");
  const [text, setText] = useState("");
  const [file, setFile] = useState<{ name: string; content: string; html: boolean } | null>(null);
  const [url, setUrl] = useState("");
  const [storyId, setStoryId] = useState(defaultStoryId ?? "");
  const [busy, setBusy] = useState(false);
  // Shown once the API asks for a token (a Parallax started with PARALLAX_API_TOKEN).
  const [needsToken, setNeedsToken] = useState(false);
  const [token, setToken] = useState(() => readApiToken() ?? "");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const readFile = async (picked: File | undefined) => {
    setErrors((current) => ({ ...current, file: [] }));
    if (!picked) return setFile(null);
    if (picked.size > MAX_INPUT_BYTES) {
      setFile(null);
      setErrors((current) => ({ ...current, file: [TOO_LARGE] }));
      return;
    }
    let content: string;
    try {
      content = await readAsText(picked);
    } catch (error) {
      setFile(null);
      setErrors((current) => ({
        ...current,
        file: [error instanceof Error ? error.message : String(error)],
      }));
      return;
    }
    const html = /\.html?$/i.test(picked.name) || picked.type === "text/html";
    setFile({ name: picked.name, content, html });
  };

  const pastedHtml = mode === "text" && looksLikeHtml(text);

  /** Problems the browser can see before sending anything. */
  const checkBeforeSending = (): Record<string, string[]> => {
    const found: Record<string, string[]> = {};
    const content = mode === "text" ? text : mode === "file" ? (file?.content ?? "") : "";
    if (mode !== "url" && utf8Bytes(content) > MAX_INPUT_BYTES) found[mode] = [TOO_LARGE];
    return found;
  };

  const showErrors = (byField: Record<string, string[]>) => {
    setErrors(byField);
    setFormError("Please fix the marked fields.");
    // Move focus to the first field to fix, as a screen reader user would need.
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: NewArticle = { outlet: outlet.trim() };
    // Empty inputs are left out so the API names the missing field instead of parsing nothing.
    if (mode === "text" && text.trim()) {
      if (pastedHtml) input.html = text;
      else input.text = text;
    }
    if (mode === "file" && file) {
      if (file.html || looksLikeHtml(file.content)) input.html = file.content;
      else input.text = file.content;
    }
    if (mode === "url" && url.trim()) input.url = url.trim();
    if (storyId) input.storyId = storyId;
    if (needsToken) saveApiToken(token.trim() || null);
    setErrors({});
    setFormError(null);
    const early = checkBeforeSending();
    if (Object.keys(early).length > 0) return showErrors(early);
    setBusy(true);
    try {
      const result = await api.addArticle(input);
      onAdded(result);
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) {
        setNeedsToken(true);
        setErrors({
          token: [
            token.trim()
              ? "This token was refused; check it with whoever runs this Parallax."
              : "This Parallax accepts new articles only with its write token.",
          ],
        });
        requestAnimationFrame(() =>
          formRef.current?.querySelector<HTMLElement>("[name=token]")?.focus(),
        );
        return;
      }
      const byApiField = fieldErrors(error);
      const byField: Record<string, string[]> = {};
      for (const [apiField, messages] of Object.entries(byApiField)) {
        const field = fieldFor(apiField, mode);
        const plain = messages.map((m) => plainFieldMessage(field, m, mode));
        byField[field] = [...new Set([...(byField[field] ?? []), ...plain])];
      }
      if (error instanceof ApiRequestError && Object.keys(byField).length === 0) {
        if (URL_CODES.has(error.code) && mode === "url") byField.url = [errorSentence(error)];
        else if (CONTENT_CODES.has(error.code) || error.status === 413 || error.status === 422) {
          byField[mode] = [errorSentence(error)];
        } else if (error.code === "NOT_FOUND" && storyId) {
          byField.storyId = [
            "This story no longer exists. Choose another or let Parallax group it.",
          ];
        }
      }
      if (Object.keys(byField).length > 0) showErrors(byField);
      else setFormError(errorSentence(error));
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (field: string) => {
    const messages = errors[field];
    if (!messages || messages.length === 0) return null;
    return (
      <p className="field-error" id={`${field}-error`}>
        <span aria-hidden="true">⚠ </span>
        {messages.join("; ")}
      </p>
    );
  };
  const invalid = (field: string) => ({
    "aria-invalid": (errors[field]?.length ?? 0) > 0,
    "aria-describedby": (errors[field]?.length ?? 0) > 0 ? `${field}-error` : undefined,
  });

  return (
    <form ref={formRef} className="add-form" onSubmit={submit} noValidate aria-busy={busy}>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={ids.outlet}>Outlet</label>
        <p className="field-hint">The publication’s name, e.g. “Korea JoongAng Daily”.</p>
        <input
          id={ids.outlet}
          name="outlet"
          value={outlet}
          autoComplete="organization"
          onChange={(event) => setOutlet(event.target.value)}
          aria-required="true"
          {...invalid("outlet")}
        />
        {errorFor("outlet")}
      </div>

      <fieldset className="field">
        <legend>Article</legend>
        <div className="segmented" role="radiogroup" aria-label="How to give the article">
          {(
            [
              ["text", "Paste text"],
              ["file", "Upload a file"],
              ["url", "From a URL"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name="source"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {label}
            </label>
          ))}
        </div>
        {mode === "text" ? (
          <div className="field">
            <label htmlFor={ids.text}>Article text</label>
            <textarea
              id={ids.text}
              name="text"
              rows={12}
              value={text}
              onChange={(event) => setText(event.target.value)}
              {...invalid("text")}
            />
            {pastedHtml ? (
              <p className="field-hint" role="status">
                This looks like HTML: Parallax will read it as a web page, not as text.
              </p>
            ) : null}
            {errorFor("text")}
          </div>
        ) : mode === "file" ? (
          <div className="field">
            <label htmlFor={ids.file}>Text or HTML file</label>
            <input
              id={ids.file}
              name="file"
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              onChange={(event) => void readFile(event.target.files?.[0])}
              {...invalid("file")}
            />
            {file ? (
              <p className="field-hint">
                {file.name}: {file.content.length.toLocaleString("en")} characters, read as{" "}
                {file.html ? "HTML" : "plain text"}
              </p>
            ) : null}
            {errorFor("file")}
          </div>
        ) : (
          <div className="field">
            <label htmlFor={ids.url}>Article URL</label>
            <input
              id={ids.url}
              name="url"
              type="url"
              inputMode="url"
              value={url}
              placeholder="https://"
              onChange={(event) => setUrl(event.target.value)}
              {...invalid("url")}
            />
            {errorFor("url")}
          </div>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor={ids.story}>Story</label>
        <select
          id={ids.story}
          name="storyId"
          value={storyId}
          onChange={(event) => setStoryId(event.target.value)}
          {...invalid("storyId")}
        >
          <option value="">Let Parallax group it</option>
          {(stories.data ?? []).map((story) => (
            <option key={story.id} value={story.id}>
              {story.name}
            </option>
          ))}
        </select>
        {errorFor("storyId")}
      </div>

      {needsToken ? (
        <div className="field">
          <label htmlFor={ids.token}>Write token</label>
          <p className="field-hint">Kept in this browser tab only.</p>
          <input
            id={ids.token}
            name="token"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            {...invalid("token")}
          />
          {errorFor("token")}
        </div>
      ) : null}

      {errorFor("form")}

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? "Adding…" : "Add article"}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      {busy ? (
        <div className="progress" role="status">
          <progress aria-label="Processing the article" />
          <span>Reading the article and comparing it with the story…</span>
        </div>
      ) : null}
    </form>
  );
}
