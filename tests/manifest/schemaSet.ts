import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The vendored add-in manifest XSDs (see schemas/SOURCE.md), with the corrections applied at load time so the
 * vendored files stay byte-identical to their source. Each correction is listed with its reason.
 */
export const SCHEMA_DIR = join(__dirname, 'schemas');
export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

const VENDORED = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
];

export const CORRECTIONS: { reason: string; apply(xsd: string): string }[] = [
  {
    // office-js-docs-pr commit dfb4ee045 ("Fixed QA bugs", 2018) turned every http:// link into https://,
    // including the W3C namespace names, which are identifiers, not links: libxml2 then refuses the file
    // ("is not a schema document").
    reason: 'W3C namespace names restored from https:// to http://',
    apply: (xsd) =>
      xsd
        .replace(/https:\/\/www\.w3\.org\/2001\/XMLSchema/g, 'http://www.w3.org/2001/XMLSchema')
        .replace(/https:\/\/www\.w3\.org\/2000\/09\/xmldsig#/g, 'http://www.w3.org/2000/09/xmldsig#'),
  },
  {
    // The Version pattern ends in a lazy quantifier `{0,3}?` (a .NET regex feature), which XSD regular
    // expressions do not have. XSD patterns match the whole value, so greedy and lazy accept the same strings.
    reason: 'lazy quantifier {0,3}? in the Version pattern replaced by {0,3}',
    apply: (xsd) => xsd.replace(/\{0,3\}\?/g, '{0,3}'),
  },
];

export interface SchemaFile {
  fileName: string;
  contents: string;
}

/** All schema files, corrected, under the names the main schema imports them by. */
export function loadSchemaSet(): SchemaFile[] {
  const files = VENDORED.map((fileName) => ({
    fileName,
    contents: CORRECTIONS.reduce((xsd, c) => c.apply(xsd), readFileSync(join(SCHEMA_DIR, fileName), 'utf8')),
  }));
  files.push({
    // Imported by the main schema but never published with it; our own stub (content add-ins only).
    fileName: 'ContentAppVersionOverridesV1_0.xsd',
    contents: readFileSync(join(SCHEMA_DIR, 'local', 'ContentAppVersionOverridesV1_0.stub.xsd'), 'utf8'),
  });
  return files;
}

/**
 * The published TaskPaneAppVersionOverridesV1_0.xsd predates shared runtimes (2019): its `Host` type knows
 * only AllFormFactors and DesktopFormFactor. The <Runtimes> block is checked by our own assertions instead and
 * removed before schema validation.
 */
export function withoutRuntimes(manifest: string): string {
  return manifest.replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, '');
}
