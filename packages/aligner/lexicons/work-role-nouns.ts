// Nouns of a person's part in a work (a show, book, film, column, podcast) as news English writes
// them in an appositive before the work's quoted title: "Ada Lund, host of “Harbour Hour,”",
// "Ivo Vint, the author of “The Long Quay”". Source: the credit lines of news style (AP
// Stylebook, "composition titles"), written for issue 11; the quoted title after them names a
// work, it quotes nobody.
export const WORK_ROLE_NOUNS: readonly string[] = [
  "host",
  "co-host",
  "cohost",
  "anchor",
  "author",
  "co-author",
  "coauthor",
  "writer",
  "co-writer",
  "editor",
  "star",
  "co-star",
  "creator",
  "co-creator",
  "producer",
  "director",
  "publisher",
  "presenter",
  "narrator",
  "illustrator",
  "composer",
  "columnist",
  "founder",
  "co-founder",
];
