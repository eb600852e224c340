import { ErrorBodySchema } from "../schemas/api-schemas.ts";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorBodySchema } },
});

// Shared error responses for route definitions, so the OpenAPI document lists them.
export const ERRORS = {
  400: error("Invalid input: `details.issues` lists each problem"),
  401: error("Missing or wrong bearer token (writes, when PARALLAX_API_TOKEN is set)"),
  404: error("Unknown id"),
  409: error("Conflicts with the current state"),
  413: error("Body or text over the size limit"),
  415: error("Body is not application/json"),
  422: error(
    "The input is not an article, the page could not be used, or the story is too large to compare",
  ),
  429: error("Too many writes from this client"),
  502: error("The page could not be fetched"),
  503: error("Busy: the ingest queue is full or a comparison ran out of time; see Retry-After"),
  504: error("The page did not arrive in time"),
} as const;

export const WRITE_ERRORS = {
  400: ERRORS[400],
  401: ERRORS[401],
  413: ERRORS[413],
  415: ERRORS[415],
  429: ERRORS[429],
} as const;

/** Errors of a bodiless write (DELETE): no 413/415, since nothing is sent. */
export const DELETE_ERRORS = {
  400: ERRORS[400],
  401: ERRORS[401],
  404: ERRORS[404],
  429: ERRORS[429],
} as const;
