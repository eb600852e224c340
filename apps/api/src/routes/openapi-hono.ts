import { OpenAPIHono } from "@hono/zod-openapi";
import { invalidInput } from "../errors.ts";

/** An OpenAPIHono whose request validation failures become the API's 400 error shape. */
export const createRouter = () =>
  new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw invalidInput(result.error, result.target);
    },
  });
