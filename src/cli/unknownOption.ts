import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearestName } from '../core/nearestName.js';

type OptionTable = NonNullable<ParseArgsConfig['options']>;

/**
 * The first option of `argv` the table does not know, as a message with the nearest known one ("unknown option
 * --quite; did you mean --quiet?"); undefined when every option is known. Read leniently, so that values are taken as
 * the table says and everything after `--` stays a path.
 */
export function unknownOption(argv: readonly string[], table: OptionTable): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: table,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const longNames = Object.keys(table);
  const shortNames = new Set(Object.values(table).flatMap((o) => (o.short ? [o.short] : [])));
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const long = token.rawName.startsWith('--');
    if (long ? Object.hasOwn(table, token.name) : shortNames.has(token.name)) continue;
    // A one-letter option has no useful nearest name: any other letter is one edit away.
    const nearest = long ? nearestName(token.name, longNames) : undefined;
    return `unknown option ${token.rawName}${nearest ? `; did you mean --${nearest}?` : ''}`;
  }
  return undefined;
}
