import type { Rule } from "../types.js";
import { activityDuplicate } from "./activity-duplicate.js";
import { activityDuplicateId } from "./activity-duplicate-id.js";
import { activityNotMeasurable } from "./activity-not-measurable.js";
import { activityNumberingGap } from "./activity-numbering-gap.js";
import { activityNumberingOrder } from "./activity-numbering-order.js";
import { activityVagueVerb } from "./activity-vague-verb.js";
import { areaEmpty } from "./area-empty.js";
import { configPlaceholder } from "./config-placeholder.js";
import { dateInvalid } from "./date-invalid.js";
import { dateOutsidePeriod } from "./date-outside-period.js";
import { dateStaleYear } from "./date-stale-year.js";
import { dateWeekMismatch } from "./date-week-mismatch.js";
import { dateWeekdayMismatch } from "./date-weekday-mismatch.js";
import { headingInconsistentLevel } from "./heading-inconsistent-level.js";
import { outcomeInvalidValue } from "./outcome-invalid-value.js";
import { outcomeLightContradicts } from "./outcome-light-contradicts.js";
import { outcomeMissing } from "./outcome-missing.js";
import { outcomeUnknownActivity } from "./outcome-unknown-activity.js";
import { planActivitiesBeforeAreas } from "./plan-activities-before-areas.js";
import { planMissingPeriod } from "./plan-missing-period.js";
import { planMissingTitle } from "./plan-missing-title.js";
import { planNoActivities } from "./plan-no-activities.js";
import { targetAmbiguous } from "./target-ambiguous.js";
import { textPlaceholder } from "./text-placeholder.js";
import { textRepeatedWord } from "./text-repeated-word.js";
import { tocMismatch } from "./toc-mismatch.js";

/** Every rule, alphabetically by id. An explicit list: easy to read, easy to bundle. */
export const RULES: Rule[] = [
  activityDuplicate,
  activityDuplicateId,
  activityNotMeasurable,
  activityNumberingGap,
  activityNumberingOrder,
  activityVagueVerb,
  areaEmpty,
  configPlaceholder,
  dateInvalid,
  dateOutsidePeriod,
  dateStaleYear,
  dateWeekMismatch,
  dateWeekdayMismatch,
  headingInconsistentLevel,
  outcomeInvalidValue,
  outcomeLightContradicts,
  outcomeMissing,
  outcomeUnknownActivity,
  planActivitiesBeforeAreas,
  planMissingPeriod,
  planMissingTitle,
  planNoActivities,
  targetAmbiguous,
  textPlaceholder,
  textRepeatedWord,
  tocMismatch,
];
