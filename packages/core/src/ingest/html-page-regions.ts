import type { Boilerplate, Caption, Embed } from "../schemas/article.ts";
import { parseCaption } from "./captions.ts";
import { buildEmbed, parseEmbedAttribution } from "./embeds.ts";
import {
  attribute,
  collapsedText,
  type DomDocument,
  type DomElement,
  spacedText,
} from "./html-dom.ts";

// Page regions taken out of the DOM before Readability runs, each kept as what it is.

/** Page regions that are chrome, by element or by the class/id words sites give them. */
const CHROME_SELECTORS: ReadonlyArray<readonly [Boilerplate["reason"], string]> = [
  [
    "navigation",
    "nav, [role=navigation], .breadcrumb, .breadcrumbs, [class*=breadcrumb], .menu, #menu",
  ],
  [
    "share",
    "[class*=share], [id*=share], [class*=social], [class*=sns], [aria-label*=share i], [class*=toolbar]",
  ],
  ["comments", "[class*=comment], [id*=comment], [id*=disqus], [class*=reply-form]"],
  [
    "advertisement",
    "[class*=advert], [id*=advert], [class~=ad], [class^=ad-], [class*=' ad-'], [id^=ad-], [class*=sponsor], [class*=promo], [class*=banner], ins.adsbygoogle",
  ],
  [
    "related",
    "[class*=related], [id*=related], [class*=recommend], [class*=more-stories], [class*=most-read], [class*=popular], [class*=trending], [class*=read-more], aside",
  ],
  ["contact", "[class*=newsletter], [class*=subscribe]"],
  ["page-chrome", "footer, [role=contentinfo], [class*=cookie], [class*=paywall], [class*=login]"],
];

/**
 * Removes navigation, share bars, comment boxes, ads, related links and footers before
 * Readability runs, recording their text. A region holding most of the page's text is not chrome
 * (some sites wrap the whole article in a class like "post-with-comments").
 */
export function liftChrome(document: DomDocument): Boilerplate[] {
  const lifted: Boilerplate[] = [];
  const body = document.body;
  if (!body) return lifted;
  const pageText = collapsedText(body).length;
  for (const [reason, selector] of CHROME_SELECTORS) {
    let elements: ArrayLike<DomElement>;
    try {
      elements = document.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const element of Array.from(elements)) {
      if (!element.parentNode || element.tagName === "BODY" || element.tagName === "HTML") continue;
      if (element.querySelector("h1") || element.closest("article p") !== null) continue;
      const text = spacedText(element);
      if (text.length > pageText * 0.3 && text.length > 400) continue;
      element.remove();
      if (text) lifted.push({ text: text.length > 500 ? `${text.slice(0, 499)}…` : text, reason });
    }
  }
  return lifted;
}

/** Embedded posts (X/Twitter blockquotes, Instagram) become embeds instead of body text. */
export function liftEmbeds(document: DomDocument): Embed[] {
  const embeds: Embed[] = [];
  const quotes = document.querySelectorAll(
    "blockquote.twitter-tweet, blockquote.instagram-media, blockquote[data-embed]",
  );
  for (const quote of Array.from(quotes)) {
    const paragraphs = Array.from(quote.querySelectorAll("p")).map((p) => collapsedText(p));
    const postText = paragraphs[0] ?? "";
    const fullText = collapsedText(quote);
    const signature = fullText.slice(postText.length).trim();
    const attribution = parseEmbedAttribution(signature) ?? {
      author: null,
      handle: null,
      date: null,
    };
    const links = Array.from(quote.querySelectorAll("a[href]")).map(
      (a) => attribute(a, "href") ?? "",
    );
    const statusUrl =
      links.reverse().find((href) => /\/status\/|instagram\.com\/p\//.test(href)) ?? null;
    const embed = buildEmbed(postText, attribution);
    embeds.push({ ...embed, url: embed.url ?? statusUrl });
    quote.remove();
  }
  return embeds;
}

/** Photo captions from <figcaption>, with the credit from <cite>/.credit or the caption's tail. */
export function liftCaptions(document: DomDocument): Caption[] {
  const captions: Caption[] = [];
  for (const figcaption of Array.from(document.querySelectorAll("figcaption"))) {
    const creditElement = figcaption.querySelector(
      "cite, .credit, [class*=credit], .copyright, [class*=byline]",
    );
    let credit = creditElement ? collapsedText(creditElement) : null;
    creditElement?.remove();
    let text = collapsedText(figcaption);
    if (credit) {
      credit =
        credit
          .replace(/^(?:photo|photograph|image|credit)\s*(?:by|:)\s*/i, "")
          .replace(/^[[(/©\s]+|[\])\s]+$/g, "") || null;
    } else {
      const parsed = parseCaption(text);
      if (parsed) {
        text = parsed.text;
        credit = parsed.credit;
      }
    }
    if (text || credit) captions.push({ text, credit });
    const figure = figcaption.closest("figure");
    if (figure) figure.remove();
    else figcaption.remove();
  }
  return captions;
}
