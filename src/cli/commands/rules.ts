import type { Command } from 'commander';
import type { Lang } from '../../core/i18n';
import { normaliseProvince } from '../../core/rulePacks';
import { langOption, type CommandEnv } from '../env';
import { CliError } from '../errors';
import { formatRulesTable } from '../rulesCommand';

/** `mine-plan rules [--province X]`: the rules with their citations. */
export function registerRules(program: Command, env: CommandEnv): void {
  program
    .command('rules')
    .description('列出各省规则及其政策依据 / list the rules with their citations')
    .option('--province <province>', '山西 / 河南 / 海南 / 内蒙古')
    .addOption(langOption())
    .action((o: { province?: string; lang: Lang }) => {
      env.setLang(o.lang);
      const province = o.province ? normaliseProvince(o.province) : undefined;
      if (o.province && !province) {
        throw new CliError(`未知省份：${o.province}（可选：山西、河南、海南、内蒙古）`, `Unknown province: ${o.province}`);
      }
      env.io.out(formatRulesTable(province ?? undefined, o.lang));
    });
}
