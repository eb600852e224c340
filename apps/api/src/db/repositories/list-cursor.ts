import { type SelectQueryBuilder, sql } from "kysely";
import { ApiError } from "../../errors.ts";

// Cursors are opaque to clients: base64url of the last row's (timestamp, id), the list's order.
export const encodeCursor = (at: string, id: string): string =>
  Buffer.from(JSON.stringify([at, id])).toString("base64url");

const ISO_TIME = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/;

/** The (timestamp, id) of a cursor this API returned; anything else is a 400 INVALID_CURSOR. */
export function decodeCursor(cursor: string, isId: (id: string) => boolean): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      // Only what this API writes: no bytes a database would refuse reach a query.
      ISO_TIME.test(value[0]) &&
      isId(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError(
    400,
    "INVALID_CURSOR",
    "cursor is not one this API returned; omit it to start over",
  );
}

/**
 * One page of a list ordered by (timeColumn, id): rows after the cursor, `limit` of them, and
 * the cursor of the next page (null on the last one).
 */
export async function readPage<DB, TB extends keyof DB, O extends { id: string }>(
  select: SelectQueryBuilder<DB, TB, O>,
  query: { limit: number; cursor?: string | undefined },
  timeColumn: string,
  timeOf: (row: O) => string,
  isId: (id: string) => boolean,
): Promise<{ rows: O[]; nextCursor: string | null }> {
  const time = sql.ref(timeColumn);
  let paged = select;
  if (query.cursor !== undefined) {
    const [at, id] = decodeCursor(query.cursor, isId);
    paged = paged.where(sql<boolean>`(${time} > ${at} or (${time} = ${at} and id > ${id}))`);
  }
  const rows = await paged
    .orderBy(time)
    .orderBy(sql.ref("id"))
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor(timeOf(last), last.id) : null,
  };
}
