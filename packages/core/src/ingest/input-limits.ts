/** Inputs larger than this are refused before any parsing (the browser checks it before upload). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
