import { emptyTextResultCells } from '../../../src/adapters/xlsx/emptyTextResults';

describe('string formulas whose cached value is empty', () => {
  it('finds <v></v> and <v/> of t="str" cells, with or without a namespace prefix, shared formulas too', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row r="2">' +
      '<x:c r="A2" t="str"><x:f>IF(B2="","",B2)</x:f><x:v></x:v></x:c>' + // calculated to ""
      '<x:c r="B2" s="3" t="str"><x:f t="shared" si="0"/><x:v/></x:c>' + // shared, calculated to ""
      '<x:c r="C2" t="str"><x:f>"a"</x:f><x:v>a</x:v></x:c>' + // a text result
      '<x:c r="D2"><x:f>B2*2</x:f></x:c>' + // never calculated: no <v>
      '<x:c r="E2" t="str"/>' +
      '<x:c r="F2"><x:f>1</x:f><x:v></x:v></x:c>' + // not a string formula
      '</x:row></x:sheetData></x:worksheet>';
    expect(emptyTextResultCells(xml)).toEqual(['A2', 'B2']);
  });
});
