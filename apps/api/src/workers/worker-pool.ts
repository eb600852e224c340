import { Worker } from "node:worker_threads";
import type { Logger } from "../logger.ts";
import {
  deserializeError,
  type SerializedError,
  type Task,
  type TaskKind,
  type Tasks,
} from "./worker-tasks.ts";

type Pending = {
  id: number;
  task: Task;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
};

type Slot = { worker: Worker; ready: Promise<void>; busy: Pending | null };

type Reply =
  | { ready: true }
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: SerializedError };

export type WorkerPool = {
  run<K extends TaskKind>(kind: K, input: Tasks[K]["input"]): Promise<Tasks[K]["output"]>;
  /** Tasks waiting for a free worker plus tasks running. */
  load(): number;
  close(): Promise<void>;
};

const WORKER_ENTRY = new URL("./task-worker.mjs", import.meta.url);

/**
 * A fixed set of worker threads fed from one FIFO queue. Workers start on first use and are
 * unref'd, so an idle pool never keeps the process alive; a worker that dies is replaced and only
 * its own task fails.
 */
export function createWorkerPool(options: { size: number; logger?: Logger }): WorkerPool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY);
    worker.unref();
    let markReady: () => void = () => {};
    const slot: Slot = { worker, busy: null, ready: new Promise((r) => (markReady = r)) };
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) return markReady();
      const pending = slot.busy;
      if (!pending || pending.id !== reply.id) return;
      slot.busy = null;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(deserializeError(reply.error));
      dispatch();
    });
    worker.on("error", (error) => {
      options.logger?.error("worker thread failed", { error: error.stack ?? error.message });
    });
    worker.on("exit", (code) => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      slot.busy?.reject(new Error(`worker thread exited with code ${code} during a task`));
      slot.busy = null;
      if (!closed) dispatch();
    });
    slots.push(slot);
    return slot;
  }

  function dispatch() {
    while (queue.length > 0) {
      let slot = slots.find((s) => s.busy === null);
      if (!slot && slots.length < options.size) slot = spawn();
      if (!slot) return;
      const pending = queue.shift()!;
      const target = slot;
      target.busy = pending;
      // Keep the process alive while a task runs; the pool lets it go again once idle.
      target.worker.ref();
      target.ready.then(() => {
        if (target.busy === pending)
          target.worker.postMessage({ id: pending.id, task: pending.task });
      });
    }
    for (const slot of slots) if (slot.busy === null) slot.worker.unref();
  }

  return {
    run(kind, input) {
      if (closed) return Promise.reject(new Error("worker pool is closed"));
      return new Promise((resolve, reject) => {
        queue.push({
          id: nextId++,
          task: { kind, input } as Task,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        dispatch();
      });
    },
    load: () => queue.length + slots.filter((s) => s.busy).length,
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error("worker pool is closed"));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
