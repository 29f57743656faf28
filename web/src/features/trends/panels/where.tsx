import { CATEGORY_PLATFORM_PANEL } from './category-platform';
import type { PanelDefinition } from './panel';
import { TOP_AUTHORS_PANEL } from './top-authors';
import { topPanel } from './top-panel';

export const WHERE_PANELS: PanelDefinition[] = [
  CATEGORY_PLATFORM_PANEL,
  TOP_AUTHORS_PANEL,
  topPanel('hashtag', 'Top hashtags', '#'),
  topPanel('domain', 'Top link domains', ''),
];
