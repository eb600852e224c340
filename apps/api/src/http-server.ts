import { createServer, type Server, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { getRequestListener, RequestError } from "@hono/node-server";
import type { ErrorBody } from "./errors.ts";
import type { Logger } from "./logger.ts";

/** Request line plus headers; Node answers 431 past it (the path is the usual culprit). */
export const MAX_HEADER_BYTES = 16 * 1024;

// Headers every answer built here carries (the app's own answers get them from its middleware).
const RAW_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "x-content-type-options": "nosniff",
  "cache-control": "no-store",
};

const body = (code: string, message: string) =>
  JSON.stringify({ error: { code, message } } satisfies ErrorBody);

/** What Node's HTTP parser refused, in the API's error shape. */
function describeClientError(error: NodeJS.ErrnoException): {
  status: number;
  code: string;
  message: string;
} {
  switch (error.code) {
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        code: "HEADERS_TOO_LARGE",
        message: `the request line and headers are over ${MAX_HEADER_BYTES / 1024} KiB; shorten the URL (ids and cursors are short) and send data in a JSON body`,
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return {
        status: 408,
        code: "REQUEST_TIMEOUT",
        message: "the request did not arrive in time",
      };
    case "HPE_CHUNK_EXTENSIONS_OVERFLOW":
      return { status: 413, code: "PAYLOAD_TOO_LARGE", message: "chunk extensions are too large" };
    default:
      return {
        status: 400,
        code: "MALFORMED_REQUEST",
        message: `the request is not valid HTTP/1.1 (${error.code ?? "parse error"}): check the request line and header syntax`,
      };
  }
}

/** Node's own refusals (parse errors, header overflow) answered as JSON instead of bare status lines. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket, logger: Logger) {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, code, message } = describeClientError(error);
  logger.info("request refused by the HTTP parser", { status, code: error.code });
  const payload = body(code, message);
  const headers = Object.entries({
    ...RAW_HEADERS,
    "content-length": String(Buffer.byteLength(payload)),
    connection: "close",
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers}\r\n${payload}`);
}

/** Requests that reached Node but could not become a fetch Request (backslash path, no Host). */
function requestErrorResponse(error: unknown, logger: Logger): Response {
  if (error instanceof RequestError) {
    const hint = /backslash/i.test(error.message)
      ? "the path contains a backslash; paths use '/'"
      : /host/i.test(error.message)
        ? "send a valid Host header"
        : "the request URL cannot be read";
    return new Response(body("MALFORMED_REQUEST", `${hint} (${error.message})`), {
      status: 400,
      headers: RAW_HEADERS,
    });
  }
  logger.error("request failed outside the app", {
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return new Response(body("INTERNAL", "the server failed to handle this request"), {
    status: 500,
    headers: RAW_HEADERS,
  });
}

/**
 * The Node HTTP server around the app: bounded header size and slow-client timeouts, and a JSON
 * answer for every error, including those raised before the app sees the request.
 */
export function createHttpServer(
  fetch: Parameters<typeof getRequestListener>[0],
  logger: Logger,
): Server {
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      // A client gets 10 s to send its headers and 60 s for a whole request (a 2.5 MB body).
      headersTimeout: 10_000,
      requestTimeout: 60_000,
      // Node would answer a missing Host with a bare 400; the adapter's check answers in JSON.
      requireHostHeader: false,
    },
    getRequestListener(fetch, { errorHandler: (error) => requestErrorResponse(error, logger) }),
  );
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) =>
    answerClientError(error, socket, logger),
  );
  return server;
}
