// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { takeEarlyBody, takeEarlyRequest } from "./early-requests.ts";

type Holder = { parallaxEarlyRequests?: unknown };

afterEach(() => {
  delete (window as Holder).parallaxEarlyRequests;
});

const early = (storyId: string) => {
  const value = {
    storyId,
    requests: {
      story: Promise.resolve(new Response("{}")),
      comparison: Promise.resolve(new Response("{}")),
    },
    bodies: { story: { name: "S" } } as Record<string, unknown>,
  };
  (window as Holder).parallaxEarlyRequests = value;
  return value;
};

describe("early requests", () => {
  it("hands a body out once, for its story only, and drops its request with it", () => {
    const value = early("s1");
    expect(takeEarlyBody("story", "other")).toBeNull();
    expect(takeEarlyBody("story", "s1")).toEqual({ name: "S" });
    expect(takeEarlyBody("story", "s1")).toBeNull();
    expect(takeEarlyRequest("story", "s1")).toBeNull();
    expect("story" in value.requests).toBe(false);
  });

  it("hands a pending request out once, and a body arriving after it is never used", () => {
    const value = early("s1");
    expect(takeEarlyBody("comparison", "s1")).toBeNull();
    const pending = takeEarlyRequest("comparison", "s1");
    expect(pending).toBeInstanceOf(Promise);
    expect(takeEarlyRequest("comparison", "s1")).toBeNull();
    // public/early-requests.js stores a body only while its request is still there.
    expect("comparison" in value.requests).toBe(false);
  });

  it("gives nothing when the page started no early requests", () => {
    expect(takeEarlyBody("story", "s1")).toBeNull();
    expect(takeEarlyRequest("comparison", "s1")).toBeNull();
  });
});
