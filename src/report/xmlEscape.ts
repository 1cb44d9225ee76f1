/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference (§2.2 Char): C0 controls but tab, line
 * feed and carriage return, U+FFFE, U+FFFF and lone surrogates; plus the C1 controls it discourages (§2.2, and XML 1.1
 * only admits them as references). Manifest text holding one is shown as a visible `\uXXXX` instead, as the text
 * format does: an XML reader must never be handed a document it refuses.
 */
const UNREPRESENTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** What a conforming XML reader gives back for `text` escaped by either function below. */
export function xmlRepresentable(text: string): string {
  return text.replace(UNREPRESENTABLE, visible);
}

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * Character data: `>` too, so `]]>` never appears; a carriage return as a reference, or line-end normalisation
 * (§2.11) would turn it into a line feed.
 */
export function xmlText(text: string): string {
  // The pattern is TEXT's keys.
  return xmlRepresentable(text).replace(/[&<>\r]/g, (c) => TEXT[c]!);
}

const ATTRIBUTE: Record<string, string> = {
  ...TEXT,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** An attribute value, in either quote; tab and line ends as references, or value normalisation (§3.3.3) makes them spaces. */
export function xmlAttribute(text: string): string {
  // The pattern is ATTRIBUTE's keys.
  return xmlRepresentable(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE[c]!);
}
