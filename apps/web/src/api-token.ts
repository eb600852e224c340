/**
 * The write token for a Parallax started with PARALLAX_API_TOKEN. Kept for the browser tab only
 * (sessionStorage), never in the URL or in localStorage.
 */
const KEY = "parallax.apiToken";

export function readApiToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveApiToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled (private mode): the token then lasts only for this request.
  }
}
