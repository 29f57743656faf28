import { FAST_PANELS } from './fast';
import type { PanelDefinition } from './panel';
import { WHERE_PANELS } from './where';
import { WORSE_PANELS } from './worse';

export { QUESTIONS, type PanelContext, type PanelDefinition, type Question } from './panel';

/** Trends, top to bottom: every card on the page is one of these. */
export const TREND_PANELS: PanelDefinition[] = [...WORSE_PANELS, ...WHERE_PANELS, ...FAST_PANELS];
