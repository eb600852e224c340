export { MANY_INPUTS, ProgressBar, type ProgressStream } from "./progress-bar.ts";
