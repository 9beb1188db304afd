import { returnsTemplate } from './returns';
import type { TemplateModule } from './types';

/**
 * The template modules, in the order they run (later modules read facts of earlier ones).
 * A new template = a new folder + one line here.
 */
export const TEMPLATES: TemplateModule[] = [
  returnsTemplate, // after earthBalance and bids: reads their 土石料 proceeds
];
