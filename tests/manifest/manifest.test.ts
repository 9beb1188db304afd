import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { validateXML } from 'xmllint-wasm';
import { MANIFEST_MINIMUM } from '../../src/services/requirements';
import { attributes, elements, leafTexts, pngSize, withoutComments } from './manifestText';
import { loadSchemaSet, MAIN_SCHEMA, withoutRuntimes, type SchemaFile } from './schemaSet';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

async function validateWithWasm(xml: string, schemas: SchemaFile[]) {
  const main = schemas.find((s) => s.fileName === MAIN_SCHEMA)!;
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [main],
    preload: schemas.filter((s) => s !== main),
  });
}

/** Debian's xmllint (libxml2-utils), when it is on PATH: the same verdict is expected from both. */
function validateWithSystemXmllint(xml: string, schemas: SchemaFile[]): { valid: boolean; output: string } | undefined {
  if (spawnSync('xmllint', ['--version']).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'manifest-xsd-'));
  try {
    for (const s of schemas) writeFileSync(join(dir, s.fileName), s.contents);
    writeFileSync(join(dir, 'manifest.xml'), xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', MAIN_SCHEMA, 'manifest.xml'], { cwd: dir, encoding: 'utf8' });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml against the vendored add-in manifest XSDs (offline)', () => {
  const schemas = loadSchemaSet();

  it('validates, once the <Runtimes> block the 2019 schema predates is set aside', async () => {
    const result = await validateWithWasm(withoutRuntimes(MANIFEST), schemas);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('fails only on <Runtimes> when validated as is (the known gap of the published schema)', async () => {
    const result = await validateWithWasm(MANIFEST, schemas);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toContain('Runtimes');
  });

  it('really validates: a manifest without <Id> or with a misplaced element is rejected', async () => {
    const noId = await validateWithWasm(withoutRuntimes(MANIFEST).replace(/<Id>[^<]*<\/Id>/, ''), schemas);
    expect(noId.valid).toBe(false);
    const misplaced = withoutRuntimes(MANIFEST).replace('<Permissions>ReadWriteDocument</Permissions>', '').replace(
      '<DefaultLocale>zh-CN</DefaultLocale>',
      '<DefaultLocale>zh-CN</DefaultLocale><Permissions>ReadWriteDocument</Permissions>',
    );
    expect((await validateWithWasm(misplaced, schemas)).valid).toBe(false);
  });

  it("agrees with Debian's xmllint --schema when that is installed", async () => {
    const system = validateWithSystemXmllint(withoutRuntimes(MANIFEST), schemas);
    if (!system) return; // libxml2-utils absent: xmllint-wasm (the same libxml2) is the validator
    expect(system).toEqual(expect.objectContaining({ valid: true }));
    expect(validateWithSystemXmllint(MANIFEST, schemas)?.valid).toBe(false);
  });
});

describe('manifest.xml: our own assertions', () => {
  const attrs = attributes(MANIFEST);
  const resources = new Map<string, string>();
  for (const kind of ['bt:Image', 'bt:Url', 'bt:String']) {
    for (const r of elements(MANIFEST, kind)) if (r.id) resources.set(r.id, r.DefaultValue);
  }

  it('parses with office-addin-manifest (what `npm run validate` would upload)', () => {
    // In a child process: the package pulls in ESM-only dependencies that jest's CommonJS runtime cannot load.
    const script =
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
      '.then((i) => process.stdout.write(JSON.stringify(i)))';
    const run = spawnSync(process.execPath, ['-e', script, join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const info = JSON.parse(run.stdout);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
  });

  it('resolves every resid to a defined resource, and defines each resource once', () => {
    const resids = attrs.filter((a) => a.name === 'resid').map((a) => a.value);
    expect(resids.length).toBeGreaterThan(10);
    for (const id of resids) expect([id, resources.has(id)]).toEqual([id, true]);
    const ids = [...withoutComments(MANIFEST).matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses https for every URL (namespace names excepted)', () => {
    const urls = [
      ...attrs.filter((a) => !a.name.startsWith('xmlns') && /^[a-z]+:\/\//i.test(a.value)).map((a) => a.value),
      ...leafTexts(MANIFEST).filter((t) => /^[a-z]+:\/\//i.test(t.text)).map((t) => t.text),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('declares the requirement sets the code relies on, in the base manifest and in VersionOverrides', () => {
    const expected = MANIFEST_MINIMUM.map((s) => ({ Name: s.name, MinVersion: s.version }));
    expect(elements(MANIFEST, 'Set')).toEqual(expected);
    expect(elements(MANIFEST, 'bt:Set')).toEqual(expected);
  });

  it('shares one long-lived runtime between the task pane and the custom functions', () => {
    expect(elements(MANIFEST, 'Runtime')).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
    const cf = /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(MANIFEST)?.[1] ?? '';
    const source = (tag: string) => new RegExp(`<${tag}>\\s*<SourceLocation resid="([^"]+)"`).exec(cf)?.[1];
    expect(source('Page')).toBe('Taskpane.Url');
    expect(resources.get(source('Script')!)).toMatch(/\/functions\.js$/);
    expect(resources.get(source('Metadata')!)).toMatch(/\/functions\.json$/);
    const namespace = /<Namespace resid="([^"]+)"/.exec(cf)?.[1];
    expect(resources.get(namespace!)).toBe('MINEPLAN');
    expect(elements(MANIFEST, 'FunctionFile')).toEqual([{ resid: 'Taskpane.Url' }]);
  });

  it('is zh-CN by default with an en-US override for every localised string', () => {
    expect(MANIFEST).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    const strings = [...withoutComments(MANIFEST).matchAll(/<bt:String id="([^"]+)"[^/]*?>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThan(3);
    for (const s of strings) expect(s[2]).toContain('Locale="en-US"');
    expect(elements(MANIFEST, 'Override').map((o) => o.Locale)).toEqual(['en-US', 'en-US']);
  });

  it('points every icon at a real PNG in assets/ whose pixels match the declared size', () => {
    const icons: { url: string; size: number }[] = [];
    for (const use of elements(MANIFEST, 'bt:Image').filter((i) => i.resid)) {
      icons.push({ url: resources.get(use.resid)!, size: Number(use.size) });
    }
    icons.push({ url: elements(MANIFEST, 'IconUrl')[0].DefaultValue, size: 32 });
    icons.push({ url: elements(MANIFEST, 'HighResolutionIconUrl')[0].DefaultValue, size: 64 });
    for (const { url, size } of icons) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});
