/**
 * Pasted text that is really a page's HTML (copied from "view source", an editor or an e-mail):
 * sent as `html`, it is parsed as a page instead of stored with its tags as words.
 */
const DOCUMENT_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const BLOCK_TAG =
  /<\/?(p|div|article|section|h[1-6]|br|span|a|li|ul|ol|figure|img|strong|em|b|i)(\s[^<>]*)?\/?>/gi;

/** True for a whole document, or text with several paired HTML tags. */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT_START.test(text)) return true;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let tags = 0;
  for (const _ of sample.matchAll(BLOCK_TAG)) if (++tags >= 3) return true;
  return false;
}

/** Bytes the text takes as UTF-8, as the server counts them. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
