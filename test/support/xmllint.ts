// libxml2's xmllint (compiled to WebAssembly: no native build, nothing from outside the machine) as the XML oracle of
// the XML formats: a real parser decides well-formedness, XSD validity and what a reader gets back.
import { validateXML } from 'xmllint-wasm';

const FILE = 'report.xml';

/** xmllint's messages for `xml`: not well-formed, or (with `xsd`) not valid against it; [] when it is. */
export async function xmlErrors(xml: string, xsd?: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: FILE, contents: xml }],
    ...(xsd !== undefined ? { schema: [{ fileName: 'schema.xsd', contents: xsd }] } : { normalization: 'c14n' }),
  });
  return result.errors.map((e) => e.rawMessage);
}

/** The string value of an XPath 1.0 expression over `xml` (wrap node sets in `string()` or `count()`). */
export async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: FILE, contents: xml }],
    normalization: 'format',
    modifyArguments: (args) => ['--xpath', expression, ...args.filter((a) => a !== '--format')],
  });
  if (!result.valid) throw new Error(result.rawOutput);
  return result.normalized.replace(/\n$/, '');
}

/**
 * `xml` as libxml2 parsed and wrote it back in Canonical XML (W3C C14N), whose escaping is fixed: `&amp;`, `&lt;`,
 * `&gt;`, `&quot;`, `&#x9;`, `&#xA;` and `&#xD;` only.
 */
export async function canonical(xml: string): Promise<string> {
  const result = await validateXML({ xml: [{ fileName: FILE, contents: xml }], normalization: 'c14n' });
  if (!result.valid) throw new Error(result.rawOutput);
  return result.normalized;
}

const C14N: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x9': '\t', '#xA': '\n', '#xD': '\r' };

/** A value read out of canonical XML. */
export function fromCanonical(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x9|#xA|#xD);/g, (_, name: string) => C14N[name]);
}
