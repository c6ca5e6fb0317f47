import { ideaScenarios } from './ideas';
import { lessonScenarios } from './lessons';
import { memberScenarios } from './members';
import { readScenarios } from './reads';
import type { Scenario } from './types';
import { volunteerScenarios } from './volunteers';

/** Every hand-written bench scenario, feature by feature. */
export const SCENARIOS: Scenario[] = [...memberScenarios, ...lessonScenarios, ...ideaScenarios, ...volunteerScenarios, ...readScenarios];
