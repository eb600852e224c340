import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// `“…,” said the nominee, Ivo Vint.`: after an inverted verb, the name that follows a description
// speaks, not the description.

describe("a name after the description of an inverted cue", () => {
  it("credits the name, in the cue reader and in the trailing-cue sieve", () => {
    const x = extractParagraphs(
      "Storms hit the coast again. “We are anxious,” said another user, Ada Lund. “The water is getting closer.”",
      "The harbour was “working to change its image,” wrote the ambassador at the time, Ivo Vint.",
      "The board found no “ties of any consequence,” said the bureau's director, Per Roe, on Monday.",
    );
    expect(speakerOf(x, "We are anxious")).toBe("Ada Lund");
    expect(speakerOf(x, "getting closer")).toBe("Ada Lund");
    expect(speakerOf(x, "working to change")).toBe("Ivo Vint");
    expect(speakerOf(x, "ties of any")).toBe("Per Roe");
  });

  it("takes no name that opens a list or is a possessor", () => {
    const x = extractParagraphs(
      "“We will win,” said the hosts, Ada Lund and Ivo Vint.",
      "“We will lose,” said the mayor's aide, Vint's deputy.",
    );
    expect(speakerOf(x, "We will win")).toBe(null);
    expect(speakerOf(x, "We will lose")).not.toBe("Ivo Vint");
  });
});

describe("an inverted cue's name before a clause or a place that follows it", () => {
  it("credits the person named first, not a name in the clause after", () => {
    const x = extractParagraphs(
      "“We are done,” said harbour worker Ada Lund when asked about Ivo Vint.",
      "Per Moss met the crew. “The tide is late,” said Moss after meeting Ivo Vint.",
      "“The port is open,” wrote Ivo Vint in The Harbour Times.",
    );
    expect(speakerOf(x, "We are done")).toBe("Ada Lund");
    expect(speakerOf(x, "The tide is late")).toBe("Per Moss");
    expect(speakerOf(x, "The port is open")).toBe("Ivo Vint");
  });

  it("reads a title with 'of' whole", () => {
    const x = extractParagraphs("“We are done,” said Secretary of State Ada Lund.");
    expect(speakerOf(x, "We are done")).toBe("Ada Lund");
  });
});

describe("an inverted cue's description with the name set off by dashes", () => {
  it("credits the dashed name, not the description", () => {
    const x = extractParagraphs(
      "Harbour mayor Ivo Pell spoke first.",
      "“The plan is a disgrace,” said the senator — Ada Lund — on Monday.",
      "“The pier can wait,” said another member -- Tomas Weller -- after the vote.",
    );
    expect(speakerOf(x, "The plan is a disgrace")).toBe("Ada Lund");
    expect(speakerOf(x, "The pier can wait")).toBe("Tomas Weller");
  });
});
