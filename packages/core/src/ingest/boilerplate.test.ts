import { describe, expect, it } from "vitest";
import { boilerplateReason } from "./boilerplate.ts";

describe("boilerplateReason", () => {
  it("classifies page chrome by its general shape", () => {
    expect(boilerplateReason("To post a comment, please sign in.")).toBe("comments");
    expect(boilerplateReason("Join the discussion")).toBe("comments");
    expect(boilerplateReason("Community Guidelines (0/500 characters)")).toBe("comments");
    expect(boilerplateReason("12 Comments")).toBe("comments");
    expect(boilerplateReason("Facebook | Twitter | Email | Print")).toBe("share");
    expect(boilerplateReason("Share this article")).toBe("share");
    expect(boilerplateReason("Skip to main content")).toBe("navigation");
    expect(boilerplateReason("Home > World > Asia")).toBe("navigation");
    expect(boilerplateReason("ADVERTISEMENT")).toBe("advertisement");
    expect(boilerplateReason("Read more: Exports fall for third month")).toBe("related");
    expect(boilerplateReason("You may also like")).toBe("related");
    expect(boilerplateReason("Send us your feedback")).toBe("feedback");
    expect(boilerplateReason("Contact us")).toBe("contact");
    expect(boilerplateReason("© 2025 Yonhap News Agency. All rights reserved.")).toBe(
      "page-chrome",
    );
    expect(boilerplateReason("with the Korea Herald")).toBe("page-chrome");
  });

  it("leaves article prose alone", () => {
    expect(boilerplateReason("More on that later.")).toBeNull();
    expect(boilerplateReason("Share prices of Samsung rose 3 percent on Friday.")).toBeNull();
    expect(boilerplateReason("Home prices in Seoul rose for a third month.")).toBeNull();
    expect(boilerplateReason("Comments by the minister drew criticism.")).toBeNull();
    expect(boilerplateReason("With the summit a week away, officials hurried.")).toBeNull();
    expect(boilerplateReason(`To write comments ${"x".repeat(300)}`)).toBeNull();
  });
});
