import { bidsModule } from './bids';
import { compensation as compensationModule } from './compensation';
import { earthBalanceModule } from './earthBalance';
import { investmentTemplate } from './investment';
import { plotsModule } from './plots';
import { projectInfoModule } from './projectInfo';
import { returnsTemplate } from './returns';
import type { TemplateModule } from './types';

/**
 * The template modules, in the order they run (later modules read facts of earlier ones):
 * returns reads the bids and the earth balance; investment cross-checks the earth balance.
 * A new template = a new folder + one line here.
 */
export const TEMPLATES: TemplateModule[] = [
  projectInfoModule,
  earthBalanceModule,
  bidsModule,
  investmentTemplate,
  returnsTemplate,
  plotsModule,
  compensationModule,
];
