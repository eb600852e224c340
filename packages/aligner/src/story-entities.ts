import type { ArticleId, Entity, EntityKind, StoryEntity } from "@parallax/core";
import { CAPITALISED_NAME_PARTICLES, NAME_PARTICLES } from "../lexicons/name-particles.ts";
import { PERSON_NOUNS } from "../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../lexicons/title-words.ts";
import { opposite } from "./extract/entities/name-rules.ts";
import { givenNameGender, honorificGender } from "./extract/person-names.ts";
import { clashingInitials, initialsKey, middleInitials } from "./story-middle-initials.ts";
import { droppableSuffixes, splitSuffix, suffixesBesidePlain } from "./story-name-suffix.ts";
import {
  type Cluster,
  capitalise,
  mergeGivenNameVariants,
  mergeMiddleNames,
} from "./story-name-variants.ts";

/** Surname particles in lowercase: "von", "de", "lo" (capitalised ones as written "Lo Vetro"). */
const PARTICLES: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  ...[...CAPITALISED_NAME_PARTICLES].map((p) => p.toLowerCase()),
]);

export type ArticleEntities = { articleId: ArticleId; entities: readonly Entity[] };

export type StoryEntityIndex = {
  entities: StoryEntity[];
  /** Story entity id of an article-level entity: key `${articleIndex}:${entityId}`. */
  byMember: ReadonlyMap<string, string>;
  /** Story entities that are places. */
  placeIds: ReadonlySet<string>;
};

export function memberKey(articleIndex: number, entityId: string): string {
  return `${articleIndex}:${entityId}`;
}

/**
 * Whether a person entity has a proper name ("Park Min-ho", "Roe") rather than a description
 * ("officials", "Government sources", "a high-ranking ruling party official"). Descriptions are not
 * identities: two outlets' "officials" need not be the same people.
 */
export function isNamedPerson(name: string): boolean {
  const tokens = name.trim().split(/\s+/);
  // "von der Leyen": lowercase particles before a capitalised surname are a name.
  return (
    tokens.length > 0 &&
    /^\p{Lu}/u.test(tokens.at(-1) as string) &&
    tokens.every((token) => /^\p{Lu}/u.test(token) || PARTICLES.has(token))
  );
}

/** "Choi Dong-hyun", "Choi Dong Hyun" and "CHOI DONG HYUN" are one name. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

function nameTokens(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[\s]+/)
    .map((token) => token.replace(/[^a-z0-9]/g, ""))
    .filter((token) => token.length > 0);
}

/** Title and honorific words a name may be written with ("President Roe", "Mrs. Roe"). */
const TITLE_TOKENS = new Set(
  "mr mrs ms miss dr president sen senator rep representative gov governor secretary judge justice gen general minister chancellor mayor sheriff officer detective sgt lt capt col prof professor rev pope king queen prince princess sir dame lord".split(
    " ",
  ),
);

/**
 * A title, honorific, job-title head or person noun written before a name ("Actress Jane Roe",
 * "Coach Roe"): it describes the person, so one outlet's "Actress Jane Roe" is another's Jane Roe.
 */
function describesPerson(token: string): boolean {
  return TITLE_TOKENS.has(token) || TITLE_HEADS.has(token) || PERSON_NOUNS.has(token);
}

/**
 * A person's name tokens without the titles before it, without middle initials and without a
 * generational suffix ("President Jane Q. Roe Jr." → jane, roe; suffix jr), and the gender an
 * honorific among those titles says.
 */
function personTokens(name: string): {
  tokens: string[];
  gender: "he" | "she" | null;
  suffix: string | null;
  initials: string | null;
} {
  let tokens = nameTokens(name);
  let gender: "he" | "she" | null = null;
  while (tokens.length > 1 && describesPerson(tokens[0] as string)) {
    gender ??= honorificGender(capitalise(tokens[0] as string));
    tokens = tokens.slice(1);
  }
  const split = splitSuffix(tokens);
  tokens = split.tokens;
  const initials = middleInitials(tokens, PARTICLES);
  if (tokens.length > 2) {
    tokens = tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || t.length > 1);
  }
  return { tokens: withParticleSurname(tokens), gender, suffix: split.suffix, initials };
}

/** Each person name of a story, read once by `personTokens`. */
type ReadNames = ReadonlyMap<string, ReturnType<typeof personTokens>>;

/**
 * A person's tokens in the story: the suffix kept only where the story writes two
 * (story-name-suffix.ts), the middle initials only where the story writes two that clash
 * (story-middle-initials.ts).
 */
function storyPersonTokens(
  name: string,
  story: { droppable: ReadonlyMap<string, string>; clashing: ReadonlySet<string>; read: ReadNames },
): { tokens: string[]; gender: "he" | "she" | null } {
  const { tokens: read, gender, suffix, initials } = story.read.get(name) ?? personTokens(name);
  let tokens = read;
  if (initials !== null && story.clashing.has(initialsKey(tokens))) {
    tokens = [tokens[0] as string, initials, tokens.at(-1) as string];
  }
  if (suffix === null || story.droppable.get(read.join(" ")) === suffix) return { tokens, gender };
  return { tokens: [...tokens, suffix], gender };
}

/**
 * A surname with particles as one token, so "Lo Vetro" alone and "Dario Lo Vetro" share their
 * surname (lo, vetro → lovetro; dario, de, luca → dario, deluca; von, der, roe → vonderroe). A
 * particle opens the surname from the second word on, or from the first when only particles come
 * before the last word ("De Luca", "von der Roe"; not "Van Roe Smith").
 */
function withParticleSurname(tokens: string[]): string[] {
  const last = tokens.length - 1;
  const allParticles = tokens.slice(0, last).every((t) => PARTICLES.has(t));
  const from = tokens.findIndex((t, i) => PARTICLES.has(t) && i < last && (i > 0 || allParticles));
  return from < 0 ? tokens : [...tokens.slice(0, from), tokens.slice(from).join("")];
}

// Organisations and places are often confused with each other ("Washington" the city, the
// government); people are never merged with either.
function kindFamily(kind: EntityKind): string {
  return kind === "person" ? "person" : "org-or-place";
}

/**
 * Merges the article-level entities of a story into one identity per person or organisation.
 *
 * Full names merge when they spell the same name (case, hyphens and spacing ignored). A name of a
 * single word ("Roe", "Kim") joins a full name only when exactly one full name of the story has it
 * as its first or last word: "Kim" in a story with Kim Min-ho and Kim Sun-ah stays on its own
 * rather than being guessed. Titles are never used to merge: one person is called three things
 * across outlets, and two people share "Minister Kim".
 */
export function buildStoryEntities(articles: readonly ArticleEntities[]): StoryEntityIndex {
  const clusters = new Map<string, Cluster>();
  const single: {
    articleIndex: number;
    entity: Entity;
    token: string;
    family: string;
    gender: "he" | "she" | null;
  }[] = [];
  // Each person's name is read once, for the story's suffixes and initials and for its entity.
  const read = new Map<string, ReturnType<typeof personTokens>>();
  for (const { entities } of articles)
    for (const e of entities)
      if (e.kind === "person" && !read.has(e.name)) read.set(e.name, personTokens(e.name));
  const names = [...read.values()];
  const perArticle = articles.map(({ entities }) =>
    entities.filter((e) => e.kind === "person").map((e) => read.get(e.name)!),
  );
  const story = {
    droppable: droppableSuffixes(names, suffixesBesidePlain(perArticle)),
    clashing: clashingInitials(names),
    read,
  };
  articles.forEach(({ entities }, articleIndex) => {
    for (const entity of entities) {
      const family = kindFamily(entity.kind);
      // "President Roe" and "Mrs. Roe" are Roe to the story; "Jane Q. Roe" is Jane Roe.
      const { tokens, gender } =
        family === "person"
          ? storyPersonTokens(entity.name, story)
          : { tokens: nameTokens(entity.name), gender: null };
      if (tokens.length === 0) continue;
      if (entity.kind === "person" && (entity.unnamed === true || !isNamedPerson(entity.name)))
        continue;
      if (tokens.length === 1 && family === "person") {
        single.push({ articleIndex, entity, token: tokens[0] as string, family, gender });
        continue;
      }
      const key =
        family === "person" ? `${family}|${tokens.join("")}` : `${family}|${nameKey(entity.name)}`;
      // Name order varies between outlets for East Asian names ("Sato Kenji" / "Kenji Sato").
      const swapped =
        family === "person" && tokens.length === 2 ? `${family}|${tokens[1]}${tokens[0]}` : null;
      const existing = clusters.get(key) ?? (swapped ? clusters.get(swapped) : undefined);
      const cluster = existing ?? { family, key, tokens, members: [] };
      cluster.members.push({ articleIndex, entity });
      clusters.set(cluster.key, cluster);
    }
  });
  mergeMiddleNames(clusters);
  mergeGivenNameVariants(clusters);
  for (const item of single) {
    const candidates = [...clusters.values()].filter(
      (cluster) =>
        cluster.family === item.family &&
        cluster.tokens.length > 1 &&
        (cluster.tokens[0] === item.token || cluster.tokens.at(-1) === item.token) &&
        // "Mrs. Roe" never joins a man named Roe.
        (item.gender === null ||
          givenNameGender(capitalise(cluster.tokens[0] as string)) !== opposite(item.gender)),
    );
    if (candidates.length === 1) {
      candidates[0]?.members.push(item);
      continue;
    }
    const key = `${item.family}|${item.token}`;
    const cluster = clusters.get(key) ?? {
      family: item.family,
      key,
      tokens: [item.token],
      members: [],
    };
    cluster.members.push(item);
    clusters.set(key, cluster);
  }

  const ordered = [...clusters.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  const byMember = new Map<string, string>();
  const entities: StoryEntity[] = ordered.map((cluster, index) => {
    const id = `E${index}`;
    const members = [...cluster.members].sort(
      (a, b) => a.articleIndex - b.articleIndex || compareIds(a.entity.id, b.entity.id),
    );
    for (const member of members)
      byMember.set(memberKey(member.articleIndex, member.entity.id), id);
    return {
      id,
      kind: majorityKind(members.map((m) => m.entity.kind)),
      name: displayName(members.map((m) => m.entity.name)),
      titles: members.flatMap((member) =>
        member.entity.titles.map((title) => ({
          articleId: articles[member.articleIndex]?.articleId as ArticleId,
          text: title.text,
          span: title.span,
          ...(title.qualifier ? { qualifier: title.qualifier } : {}),
        })),
      ),
      members: members.map((member) => ({
        articleId: articles[member.articleIndex]?.articleId as ArticleId,
        entityId: member.entity.id,
      })),
      mentions: mentionsOf(members, articles),
    };
  });
  return {
    entities,
    byMember,
    placeIds: new Set(entities.filter((e) => e.kind === "place").map((e) => e.id)),
  };
}

/** Each member's decided mentions, in article order then body order. */
function mentionsOf(
  members: readonly { articleIndex: number; entity: Entity }[],
  articles: readonly ArticleEntities[],
): StoryEntity["mentions"] {
  return members
    .flatMap((member) =>
      member.entity.mentions
        .filter((mention) => !mention.ambiguous)
        .map((mention) => ({
          articleIndex: member.articleIndex,
          mention: {
            articleId: articles[member.articleIndex]?.articleId as ArticleId,
            span: mention.span,
            text: mention.text,
            form: mention.form,
          },
        })),
    )
    .sort(
      (a, b) =>
        a.articleIndex - b.articleIndex ||
        a.mention.span.start - b.mention.span.start ||
        a.mention.span.end - b.mention.span.end,
    )
    .map((item) => item.mention);
}

function compareIds(a: string, b: string): number {
  const na = Number(a.replace(/\D+/g, ""));
  const nb = Number(b.replace(/\D+/g, ""));
  return na - nb || (a < b ? -1 : a > b ? 1 : 0);
}

function majorityKind(kinds: readonly EntityKind[]): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "person"
  );
}

/** The fullest spelling, then the most frequent, then the first alphabetically: stable across input order. */
function displayName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return (
    [...counts.entries()].sort(
      (a, b) =>
        nameTokens(b[0]).length - nameTokens(a[0]).length ||
        b[1] - a[1] ||
        (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )[0]?.[0] ?? ""
  );
}
