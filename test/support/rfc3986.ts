// RFC 3986 Appendix A, rule by rule, as regular expressions: an oracle for the URIs the reports write that does not
// share code with the encoder it checks.

const ALPHA = 'A-Za-z';
const DIGIT = '0-9';
const HEXDIG = '[0-9A-Fa-f]';
const unreserved = `${ALPHA}${DIGIT}\\-._~`;
const subDelims = "!$&'()*+,;=";
const pctEncoded = `%${HEXDIG}${HEXDIG}`;
const pchar = `(?:[${unreserved}${subDelims}:@]|${pctEncoded})`;

const segment = `${pchar}*`;
const segmentNz = `${pchar}+`;
const segmentNzNc = `(?:[${unreserved}${subDelims}@]|${pctEncoded})+`;
const pathAbempty = `(?:/${segment})*`;
const pathAbsolute = `/(?:${segmentNz}(?:/${segment})*)?`;
const pathNoscheme = `${segmentNzNc}(?:/${segment})*`;
const pathRootless = `${segmentNz}(?:/${segment})*`;
const pathEmpty = '';

const decOctet = `(?:25[0-5]|2[0-4][${DIGIT}]|1[${DIGIT}]{2}|[1-9][${DIGIT}]|[${DIGIT}])`;
const ipv4 = `${decOctet}\\.${decOctet}\\.${decOctet}\\.${decOctet}`;
const h16 = `${HEXDIG}{1,4}`;
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
const upTo = (n: number) => (n < 0 ? '' : `(?:(?:${h16}:){0,${n}}${h16})?`);
const ipv6 = [
  `(?:${h16}:){6}${ls32}`,
  `::(?:${h16}:){5}${ls32}`,
  `${upTo(0)}::(?:${h16}:){4}${ls32}`,
  `${upTo(1)}::(?:${h16}:){3}${ls32}`,
  `${upTo(2)}::(?:${h16}:){2}${ls32}`,
  `${upTo(3)}::${h16}:${ls32}`,
  `${upTo(4)}::${ls32}`,
  `${upTo(5)}::${h16}`,
  `${upTo(6)}::`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|');
const ipvFuture = `v${HEXDIG}+\\.[${unreserved}${subDelims}:]+`;
const ipLiteral = `\\[(?:${ipv6}|${ipvFuture})\\]`;
const regName = `(?:[${unreserved}${subDelims}]|${pctEncoded})*`;
const host = `(?:${ipLiteral}|${ipv4}|${regName})`;
const userinfo = `(?:[${unreserved}${subDelims}:]|${pctEncoded})*`;
const authority = `(?:${userinfo}@)?${host}(?::[${DIGIT}]*)?`;

const scheme = `[${ALPHA}][${ALPHA}${DIGIT}+\\-.]*`;
const query = `(?:${pchar}|[/?])*`;
const fragment = query;
const hierPart = `(?://${authority}${pathAbempty}|${pathAbsolute}|${pathRootless}|${pathEmpty})`;
const relativePart = `(?://${authority}${pathAbempty}|${pathAbsolute}|${pathNoscheme}|${pathEmpty})`;
const uri = `${scheme}:${hierPart}(?:\\?${query})?(?:#${fragment})?`;
const relativeRef = `${relativePart}(?:\\?${query})?(?:#${fragment})?`;

/** RFC 3986 §4.1 `URI-reference`. */
export const URI_REFERENCE = new RegExp(`^(?:${uri}|${relativeRef})$`);
/** RFC 3986 §3 `URI` (absolute, with a scheme). */
export const URI = new RegExp(`^${uri}$`);
/** RFC 3986 §4.2 `relative-ref`. */
export const RELATIVE_REF = new RegExp(`^${relativeRef}$`);
