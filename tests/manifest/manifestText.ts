/**
 * Small readers over the manifest text, enough for our own manifest (no XML library is installed;
 * the XSD validation covers well-formedness and structure).
 */
export function withoutComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

export interface Attribute {
  element: string;
  name: string;
  value: string;
}

/** Every attribute of every start tag. */
export function attributes(xml: string): Attribute[] {
  const out: Attribute[] = [];
  for (const tag of withoutComments(xml).matchAll(/<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*\/?>/g)) {
    for (const attr of tag[2].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      out.push({ element: tag[1], name: attr[1], value: attr[2] });
    }
  }
  return out;
}

/** Text content of every element with no child elements. */
export function leafTexts(xml: string): { element: string; text: string }[] {
  const out: { element: string; text: string }[] = [];
  for (const m of withoutComments(xml).matchAll(/<([A-Za-z][\w:.-]*)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) {
    const text = m[2].trim();
    if (text) out.push({ element: m[1], text });
  }
  return out;
}

/** The attributes of elements named `element` (e.g. "bt:Url"), as objects. */
export function elements(xml: string, element: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const escaped = element.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const tag of withoutComments(xml).matchAll(new RegExp(`<${escaped}((?:\\s+[\\w:.-]+\\s*=\\s*"[^"]*")*)\\s*/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of tag[1].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG file');
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
