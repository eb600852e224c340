import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";

/**
 * A test on two figures of two statements (`fa` of `a`, `fb` of `b`): the shape of every rule that
 * lets a figure pair past a guard or refuses it (background phrases, retold claims, counted actors,
 * poll shares, possessed figures).
 */
export type FigurePairTest = (
  a: AlignUnit,
  fa: Figure,
  b: AlignUnit,
  fb: Figure,
  context: ConflictContext,
) => boolean;
