import { refuse } from './refusal.js';
import { tooLarge, type ReadOutcome } from './readInside.js';

/**
 * A stream read to its end, never more than `maxBytes`: the cap of a file, for what arrives on stdin. Reading stops at
 * the first chunk past the cap, so an endless producer cannot hold the run.
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      length += bytes.length;
      if (length > maxBytes) return tooLarge(`more than ${maxBytes} bytes`);
      chunks.push(bytes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return refuse('error', `could not be read${code ? ` (${code})` : ''}`);
  }
  return { ok: true, bytes: Buffer.concat(chunks, length) };
}
