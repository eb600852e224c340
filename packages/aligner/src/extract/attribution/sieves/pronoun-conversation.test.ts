import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a he/she cue takes the attribution just before it", () => {
  it("…, Peter Lund said. / “…,” he said: Lund, not a man named further back", () => {
    const x = extract(
      "Senator Amos Vint has pushed the bill for a year, and the vote is close.",
      "The bill could pass by the spring if the vote holds, Peter Lund said.",
      "“He is gaining ground and has a plan,” he said.",
    );
    expect(speakerOf(x, "gaining ground")).toBe("Peter Lund");
  });

  it("stays with the registry when the earlier source's gender is unknown or another person is named between", () => {
    const x = extract(
      "Senator Amos Vint has pushed the bill for a year.",
      "The bill could pass by the spring, the campaign manager said.",
      "“He is gaining ground and has a plan,” he said.",
    );
    expect(speakerOf(x, "gaining ground")).not.toBe("the campaign manager");
  });
});

describe("a he/she inside a quotation leaves its antecedent's gender open", () => {
  it("“… when she was found …,” Orrin said. / “…,” he said: Orrin, not a man named before", () => {
    const x = extract(
      "Sen. Chuck Orrin on Wednesday played down Tomas Weller's attack on a county judge.",
      "“I think there is no more trouble with what Weller said than when the judge said that — when she was found saying it in speeches,” Orrin said in a call with reporters.",
      "“I don't hear any criticism of that sort of remark,” he said.",
    );
    expect(speakerOf(x, "criticism of that sort")).toBe("Chuck Orrin");
  });
});

describe("a name that only modifies a title is no antecedent", () => {
  it("“…,” she said after 'Vint spokeswoman Dora Pell …': Pell, not Vint", () => {
    const x = extract(
      "Senator Maria Vint spoke in Ohio on Monday.",
      "Vint spokeswoman Dora Pell dismissed the attack. “Nice try,” she said.",
    );
    expect(speakerOf(x, "Nice try")).toBe("Dora Pell");
  });

  it("“…,” he said after 'Weller consultant Ed Lund …': Lund, not Weller", () => {
    const x = extract(
      "Mayor Tomas Weller won the harbour vote.",
      "Weller consultant Ed Lund picked up the thread at the time. “Voters see it,” he said.",
    );
    expect(speakerOf(x, "Voters see it")).toBe("Ed Lund");
  });

  it("'Former Tomas Weller speechwriter Ed Lund joined …. He wrote that “…”': Lund, not Weller", () => {
    const x = extract(
      "Mayor Tomas Weller won the harbour vote.",
      "Former Tomas Weller speechwriter Ed Lund joined the protest on Friday. He wrote that the mayor “has built a machine.”",
    );
    expect(speakerOf(x, "has built a machine")).toBe("Ed Lund");
  });
});

describe("a speaker named while quotes are read is seen by the he/she after it", () => {
  it("'Bob said he took one call. “…,” he said.': Bob, not the man named before", () => {
    const x = extract(
      "Ambassador Tomas Weller died in the attack.",
      "Bob said he took only one call that evening. “I just cut it short,” he said.",
    );
    expect(speakerOf(x, "I just cut it short")).toBe("Bob");
  });

  it("keeps the registry's reading when nobody is named since", () => {
    const x = extract(
      "Ambassador Tomas Weller spoke on Monday.",
      "Weller said the deal was close. “We will sign it,” he said.",
    );
    expect(speakerOf(x, "We will sign it")).toBe("Tomas Weller");
  });
});

describe("a she/he cue reaches back three sentences to the attribution before it", () => {
  it("“…,” Ms. Pell said. / two sentences naming no person / Its job is “…,” she said: Pell", () => {
    const x = extract(
      "“You will not find a body like it in any other town,” Ms. Pell said.",
      "Towns usually spread their money around. But even now, Orrin Bay runs everything through the Harbour Fund. Its job is “really a mix of what three banks do,” she said.",
    );
    expect(speakerOf(x, "really a mix")).toBe("Pell");
  });
});
