import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import path from 'path';

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string };
}

const FILE = path.join(__dirname, '../../src/functions/functions.ts');

/** Expected signature per id: [name, type, optional?, matrix?]. */
const EXPECTED: Record<string, [string, string, boolean?, boolean?][]> = {
  TERMFACTOR: [['r', 'number'], ['n', 'number'], ['m', 'number', true]],
  TERMVALUE: [['price', 'number'], ['r', 'number'], ['n', 'number'], ['m', 'number', true]],
  DISPOSABLE: [['legacy', 'number'], ['produced', 'number'], ['use', 'number']],
  RETURN: [['cost', 'number'], ['rate', 'number'], ['years', 'number'], ['mode', 'string']],
  TIEREDFEE: [['base', 'number'], ['standard', 'any', false, true]],
  MU: [['area', 'number'], ['unit', 'string', true]],
  TOHECTARE: [['area', 'number'], ['unit', 'string', true]],
  TOSQM: [['area', 'number'], ['unit', 'string', true]],
  APPRAISAL: [['sale', 'number'], ['price', 'number']],
  FLOOR: [['appraisal', 'number'], ['coef', 'number', true]],
  COMPENSATION: [
    ['situation', 'string'], ['area', 'number'], ['certPrice', 'number'], ['certTerm', 'number'], ['agriPrice', 'number'],
    ['remaining', 'number'], ['rate', 'number'], ['agriTerm', 'number', true], ['maxTerm', 'number', true],
  ],
};

describe('custom-functions-metadata on src/functions/functions.ts (offline)', () => {
  let functions: Fn[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FILE);
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  });

  it('generates exactly the MINEPLAN functions, ids without namespace', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) {
      expect(f.id).toMatch(/^[A-Z]+$/);
      expect(f.name).toBe(f.id);
      expect(f.result?.type).toBe('number');
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(Object.entries(EXPECTED))('%s has the right parameters', (id, params) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.type, p.optional ?? false, p.dimensionality === 'matrix'])).toEqual(
      params.map(([name, type, optional, matrix]) => [name, type, optional ?? false, matrix ?? false]),
    );
    for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]|m²/);
  });
});
