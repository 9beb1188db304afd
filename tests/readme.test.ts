import { readFileSync } from 'fs';
import { join } from 'path';
import { FINDING_CODES } from '../src/core/findings';
import { RULE_PACKS } from '../src/core/rulePacks';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

describe('README stays in step with the code', () => {
  it.each(Object.entries(FINDING_CODES))('documents %s with its severity', (code, def) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\| ${def.severity} \\|`));
  });
  it.each(RULE_PACKS.map((p) => [p.id, p.document]))('lists rule pack %s (%s)', (_id, document) => {
    expect(readme).toContain(document);
  });
  it('states the two commands', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test');
  });
});
