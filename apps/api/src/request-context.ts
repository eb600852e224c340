import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while a request is handled should name. */
export type RequestContext = { requestId: string };

/** Set by the request-log middleware for the whole handling of one request, awaits included. */
export const requestContext = new AsyncLocalStorage<RequestContext>();
