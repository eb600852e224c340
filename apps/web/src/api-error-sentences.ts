import { ApiRequestError } from "./api-errors.ts";

/**
 * One plain sentence per API error code, saying what happened and what to do. The API's own
 * message is written for developers ("invalid json: json.outlet: …"); readers get these.
 */
const SENTENCES: Record<string, string> = {
  INVALID_JSON:
    "The browser sent something the server could not read. Reload the page and try again.",
  INVALID_URL:
    "That is not a web address Parallax can open. Give a full address starting with https://.",
  URL_NOT_ALLOWED:
    "The server refuses addresses on this machine or a private network (such as localhost or 192.168.…). Whoever runs Parallax can allow them with PARALLAX_ALLOW_PRIVATE_URLS=1.",
  UNAUTHORIZED:
    "This Parallax accepts changes only with its write token: enter it when asked, then try again.",
  NOT_FOUND: "It is no longer there: it may have been deleted.",
  ARTICLE_IN_OTHER_STORY:
    "This article is already in another story. Remove it from that story first, then add it here.",
  PAYLOAD_TOO_LARGE:
    "The article is too large: Parallax reads at most 2 MB. Paste only the article itself.",
  TOO_LARGE:
    "The article is too large: Parallax reads at most 2 MB. Paste only the article itself.",
  PAGE_TOO_LARGE: "That page is too large to read. Paste the article's text instead.",
  UNSUPPORTED_MEDIA_TYPE:
    "The browser sent the article in a form the server does not take. Reload the page and try again.",
  EMPTY_INPUT: "There is no text to read. Paste the article, upload a file or give its address.",
  BINARY_CONTENT: "This looks like a binary file, not an article. Upload a .txt or .html file.",
  INVALID_UTF8: "The file is not UTF-8 text. Save it as UTF-8 and upload it again.",
  NO_ARTICLE_CONTENT: "No article text was found there. Paste the article's text instead.",
  MISSING_OUTLET: "Name the outlet that published the article.",
  UNSUPPORTED_CONTENT_TYPE:
    "That address is not a web page or text. Give the address of the article's page.",
  TOO_MANY_REDIRECTS:
    "That address redirects too many times. Open it in your browser and copy the final address.",
  RATE_LIMITED: "Too many changes in a short time. Wait a minute, then try again.",
  FETCH_FAILED:
    "The article's site could not be reached. Check the address, or paste the text instead.",
  FETCH_TIMEOUT:
    "The article's site took too long to answer. Try again later, or paste the text instead.",
  INTERNAL:
    "Something went wrong on the server. Try again; if it keeps failing, tell whoever runs Parallax.",
  HTTP_ERROR: "The server could not be reached properly. Check your connection and try again.",
};

/** The sentence for an error; unknown codes fall back to the API's message. */
export function errorSentence(error: unknown): string {
  if (error instanceof ApiRequestError) {
    // A field-level validation error is explained next to its field; this is the summary.
    if (error.code === "INVALID_INPUT") return error.message;
    return SENTENCES[error.code] ?? error.message;
  }
  if (error instanceof TypeError) return SENTENCES.HTTP_ERROR ?? String(error);
  return error instanceof Error ? error.message : String(error);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}
