// Worker threads do not inherit tsx's loader hooks, so this plain-JS entry registers tsx inside the
// thread and then loads the TypeScript worker. It works the same under tsx, Vitest and plain Node.
import { tsImport } from "tsx/esm/api";

await tsImport("./task-worker.ts", import.meta.url);
