import { afterEach } from "vitest";

// Only component tests run in jsdom; the e2e files run in node and need none of this.
if (typeof document !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => cleanup());
  // jsdom does no layout, so every box is 0×0 and the virtualised grid would think no row fits.
  // Give elements a laptop-sized box; the real browser tests check virtualisation with layout.
  for (const [name, value] of [
    ["offsetHeight", 900],
    ["offsetWidth", 1200],
    ["clientHeight", 900],
    ["clientWidth", 1200],
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, value });
  }
}
