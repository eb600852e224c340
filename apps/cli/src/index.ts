export { CliError } from "./cli-error.ts";
export { main } from "./main.ts";
