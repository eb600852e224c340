import { describe, expect, it } from "vitest";
import { dayGap, dayOrWeek } from "./days.ts";

describe("dayGap", () => {
  it("counts whole days between days and is 0 for overlapping intervals", () => {
    expect(dayGap("2025-10-19", "2025-10-24")).toBe(5);
    expect(dayGap("2025-10-24", "2025-10-19")).toBe(5);
    expect(dayGap("2025-10-19", "2025-10-19")).toBe(0);
    // "last week" seen from Oct. 22 contains Sunday Oct. 19, not Friday Oct. 24.
    const lastWeek = dayOrWeek("2025-10-13", "week", null);
    expect(lastWeek).toBe("2025-10-13/2025-10-19");
    expect(dayGap(lastWeek, "2025-10-19")).toBe(0);
    expect(dayGap(lastWeek, "2025-10-24")).toBe(5);
    expect(dayGap(dayOrWeek("2025-10-16", "day", "2025-10-20"), "2025-10-19")).toBe(0);
  });
});
