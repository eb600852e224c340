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
  options: RunOptions;
};

export type RunOptions = {
  /** Past this a running task's worker is terminated (and replaced) and the task fails. */
  timeoutMs?: number;
  /** The error a timed-out task fails with. */
  onTimeout?: () => Error;
  /**
   * Replace the worker after this task: a task over a very large input leaves the worker's heap
   * grown, and only ending the thread gives that memory back to the system.
   */
  recycle?: boolean;
};

type Slot = {
  worker: Worker;
  ready: Promise<void>;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
};

type Reply =
  | { ready: true }
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: SerializedError };

export type WorkerPool = {
  run<K extends TaskKind>(
    kind: K,
    input: Tasks[K]["input"],
    options?: RunOptions,
  ): Promise<Tasks[K]["output"]>;
  /** Tasks waiting for a free worker plus tasks running. */
  load(): number;
  /** Tasks started so far, per kind (how often the expensive work really ran). */
  started(): Readonly<Record<TaskKind, number>>;
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
  const started: Record<TaskKind, number> = { ingest: 0, extract: 0, compare: 0, markdown: 0 };
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY);
    worker.unref();
    let markReady: () => void = () => {};
    const slot: Slot = {
      worker,
      busy: null,
      timer: null,
      ready: new Promise((r) => (markReady = r)),
    };
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) return markReady();
      const pending = slot.busy;
      if (!pending || pending.id !== reply.id) return;
      finish(slot);
      if (pending.options.recycle) retire(slot);
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
      const pending = slot.busy;
      finish(slot);
      pending?.reject(new Error(`worker thread exited with code ${code} during a task`));
      if (!closed) dispatch();
    });
    slots.push(slot);
    return slot;
  }

  function finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  /** Takes a worker out of service and ends its thread; a new one starts when needed. */
  function retire(slot: Slot) {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    void slot.worker.terminate();
  }

  function dispatch() {
    while (queue.length > 0) {
      let slot = slots.find((s) => s.busy === null);
      if (!slot && slots.length < options.size) slot = spawn();
      if (!slot) return;
      const pending = queue.shift()!;
      started[pending.task.kind]++;
      const target = slot;
      target.busy = pending;
      if (pending.options.timeoutMs !== undefined) {
        target.timer = setTimeout(() => {
          if (target.busy !== pending) return;
          finish(target);
          retire(target);
          pending.reject(
            pending.options.onTimeout?.() ??
              new Error(
                `worker task ${pending.task.kind} exceeded ${pending.options.timeoutMs} ms`,
              ),
          );
          dispatch();
        }, pending.options.timeoutMs);
      }
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
    run(kind, input, options = {}) {
      if (closed) return Promise.reject(new Error("worker pool is closed"));
      return new Promise((resolve, reject) => {
        queue.push({
          id: nextId++,
          task: { kind, input } as Task,
          resolve: resolve as (value: unknown) => void,
          reject,
          options,
        });
        dispatch();
      });
    },
    load: () => queue.length + slots.filter((s) => s.busy).length,
    started: () => ({ ...started }),
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error("worker pool is closed"));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
