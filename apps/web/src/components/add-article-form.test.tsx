// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type RunningApp, startApp } from "../../e2e/start-app.ts";
import { type ApiClient, createApiClient } from "../api-client.ts";
import { saveApiToken } from "../api-token.ts";
import { ApiContext } from "../hooks/use-api.ts";
import { AddArticleForm } from "./add-article-form.tsx";

// The form talks to the real API (its main, on a free port, over a fresh database), so the
// errors it shows are the API's own validation errors, not a copy of them.

let app: RunningApp;
let api: ApiClient;
// This API runs with a write token, as a shared deployment would.
const TOKEN = "web-test-token-1234";

beforeAll(async () => {
  app = await startApp({ PARALLAX_API_TOKEN: TOKEN });
  api = createApiClient({
    baseUrl: app.url,
    // Node's fetch rejects jsdom's AbortSignal; cancellation is not what these tests check.
    fetch: (input, init) => fetch(input, { ...init, signal: null }),
  });
});

afterAll(async () => {
  await app?.stop();
});

beforeEach(() => saveApiToken(TOKEN));

function renderForm(onAdded = vi.fn()) {
  render(
    <ApiContext.Provider value={api}>
      <AddArticleForm defaultStoryId={null} onAdded={onAdded} onCancel={() => {}} />
    </ApiContext.Provider>,
  );
  return onAdded;
}

/** The error text announced for a field (its aria-describedby), or null. */
function errorOf(field: HTMLElement): string | null {
  const id = field.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe("AddArticleForm against the real API", () => {
  it("shows each validation error next to the field that caused it", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole("button", { name: "Add article" }));
    const outlet = screen.getByLabelText("Outlet");
    await waitFor(() => expect(outlet).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(outlet)).toMatch(/Name the outlet that published the article/);
    expect(outlet.nextElementSibling?.id).toBe(outlet.getAttribute("aria-describedby"));
    const text = screen.getByLabelText("Article text");
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(text)).toMatch(/Paste the article's text\./);
    // Each problem is said once, in words for readers: no API jargon in a summary above.
    expect(screen.getByRole("alert")).toHaveTextContent(/^Please fix the marked fields\.$/);
    expect(document.body.textContent).not.toMatch(/invalid json|give one of/);
    await waitFor(() => expect(outlet).toHaveFocus());
  });

  it("puts a bad URL's error next to the URL field", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText("Outlet"), "Example Times");
    await user.click(screen.getByLabelText("From a URL"));
    await user.type(screen.getByLabelText("Article URL"), "ftp://example.com/story");
    await user.click(screen.getByRole("button", { name: "Add article" }));
    const url = screen.getByLabelText("Article URL");
    await waitFor(() => expect(url).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(url)).toMatch(/http\(s\) URL/);
    expect(screen.getByLabelText("Outlet")).toHaveAttribute("aria-invalid", "false");
  });

  it("adds pasted text, showing progress while the API works", async () => {
    const user = userEvent.setup();
    const onAdded = renderForm();
    await user.type(screen.getByLabelText("Outlet"), "Parallax Test Wire");
    await user.click(screen.getByLabelText("Article text"));
    await user.paste(
      "Tariff talks continue\nPublished: 25 Oct. 2025, 09:00\nKorea and the United States are still negotiating the $350 billion investment package, officials said Saturday.\nBoth sides remain divided on one or two issues, the presidential office said.",
    );
    await user.click(screen.getByRole("button", { name: "Add article" }));
    expect(screen.getByRole("progressbar", { name: "Processing the article" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Adding…" })).toBeDisabled();
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const result = onAdded.mock.calls[0]![0];
    expect(result.article.outlet.name).toBe("Parallax Test Wire");
    expect(result.article.body).toMatch(/\$350 billion investment package/);
    expect(result.grouping.storyId).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("reads an uploaded HTML file and sends it as HTML", async () => {
    const user = userEvent.setup();
    const onAdded = renderForm();
    await user.type(screen.getByLabelText("Outlet"), "Upload Gazette");
    await user.click(screen.getByLabelText("Upload a file"));
    const html =
      "<html><head><title>Envoys return from Washington</title></head><body><article><h1>Envoys return from Washington</h1><p>Kim Tae-hun said the two sides narrowed their differences on most issues during talks in Washington this week.</p><p>A second round of talks is expected before the summit in Brackwater.</p></article></body></html>";
    await user.upload(
      screen.getByLabelText("Text or HTML file"),
      new File([html], "envoys.html", { type: "text/html" }),
    );
    await screen.findByText(/envoys\.html: .* read as HTML/);
    await user.click(screen.getByRole("button", { name: "Add article" }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    const result = onAdded.mock.calls[0]![0];
    expect(result.article.format).toBe("html");
    expect(result.article.headline).toBe("Envoys return from Washington");
  });

  it("asks for the write token when the API requires one, then adds the article", async () => {
    saveApiToken(null);
    const user = userEvent.setup();
    const onAdded = renderForm();
    await user.type(screen.getByLabelText("Outlet"), "Token Times");
    await user.click(screen.getByLabelText("Article text"));
    await user.paste(
      "Officials say talks go on\nKim Do-hyun, the industry minister, said the two sides would meet again next week in Washington to settle the remaining issues.",
    );
    await user.click(screen.getByRole("button", { name: "Add article" }));
    const tokenField = await screen.findByLabelText("Write token");
    expect(tokenField).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(tokenField)).toMatch(/only with its write token/);
    expect(onAdded).not.toHaveBeenCalled();
    await user.type(tokenField, "wrong-token-0000");
    await user.click(screen.getByRole("button", { name: "Add article" }));
    await waitFor(() => expect(errorOf(tokenField)).toMatch(/refused/));
    await user.clear(tokenField);
    await user.type(tokenField, TOKEN);
    await user.click(screen.getByRole("button", { name: "Add article" }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    expect(sessionStorage.getItem("parallax.apiToken")).toBe(TOKEN);
  });
});
