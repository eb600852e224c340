import { type MissStage, missStage } from "./miss-stage.ts";
import { NEGATION_STAGES, type NegationStage, negationStage } from "./negation-stage.ts";
import type { PerturbKind } from "./perturb-case.ts";
import { SPEAKER_STAGES, type SpeakerStage, speakerStage } from "./speaker-stage.ts";
import type { StageInput } from "./stage-input.ts";
import { TITLE_STAGES, type TitleStage, titleStage } from "./title-stage.ts";

/** The stage that lost a case of any kind: each kind's stages are its own file's. */
export type CaseStage = MissStage | SpeakerStage | TitleStage | NegationStage;

/** The stages of the kinds extraction reads no value for, in pipeline order, by kind. */
export const ATTRIBUTION_STAGES: Readonly<Record<string, readonly CaseStage[]>> = {
  speaker: SPEAKER_STAGES,
  title: TITLE_STAGES,
  negation: NEGATION_STAGES,
};

/** Each kind's stage reader: every one returns null for a kind not its own. */
const STAGE_OF: Record<
  PerturbKind,
  typeof missStage | typeof speakerStage | typeof titleStage | typeof negationStage
> = {
  figure: missStage,
  date: missStage,
  time: missStage,
  speaker: speakerStage,
  title: titleStage,
  negation: negationStage,
};

export function caseStage(input: StageInput): CaseStage | null {
  return STAGE_OF[input.c.kind](input);
}
