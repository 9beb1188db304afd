import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'path';
import { MU } from '../../src/functions/functions';

describe('MINEPLAN.MU (placeholder custom function of the addin-shell branch)', () => {
  it('converts to 亩 exactly (1 公顷 = 15 亩, 1 亩 = 10000/15 m²)', () => {
    expect(MU(1, '公顷')).toBe(15);
    expect(MU(2000, 'm²')).toBe(3);
    expect(MU(1, 'km2')).toBe(1500);
    expect(() => MU(1, 'acre')).toThrow('unknown area unit');
  });

  it('generates functions.json metadata offline from the JSDoc tags', async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'), true);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson);
    const mu = metadata.functions.find((f: { id: string }) => f.id === 'MU');
    expect(mu.parameters.map((p: { name: string; type: string }) => [p.name, p.type])).toEqual([
      ['area', 'number'],
      ['unit', 'string'],
    ]);
    expect(result.associate).toContainEqual(expect.objectContaining({ id: 'MU', functionName: 'MU' }));
  });
});
