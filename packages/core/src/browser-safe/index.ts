/**
 * The few runtime values browser code needs from core, free of zod and Node built-ins so a UI
 * bundle that imports them stays small. Types come from `@parallax/core/schemas` (type-only).
 */
export { MAX_INPUT_BYTES } from "../ingest/input-limits.ts";
export { attributionLabel } from "../schemas/attribution-label.ts";
export { titleLabel } from "../schemas/title-label.ts";
