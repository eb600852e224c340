import { parentPort } from "node:worker_threads";
import { runTask, serializeError, type Task } from "./worker-tasks.ts";

const port = parentPort;
if (!port) throw new Error("task-worker.ts must run inside a worker thread");

port.on("message", (message: { id: number; task: Task }) => {
  try {
    port.postMessage({ id: message.id, ok: true, result: runTask(message.task) });
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: serializeError(error) });
  }
});
port.postMessage({ ready: true });
