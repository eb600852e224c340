import { createContext, useContext } from "react";
import { type ApiClient, createApiClient } from "../api-client.ts";

/** The API client, injectable so tests can point the UI at an in-process API. */
export const ApiContext = createContext<ApiClient>(createApiClient());

export function useApi(): ApiClient {
  return useContext(ApiContext);
}
