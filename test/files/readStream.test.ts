import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { readStream } from '../../src/files/readStream.js';

describe('readStream: a stream under the cap of a file', () => {
  test('is read whole when it holds at most the cap, refused as too large past it, however it is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 }),
        fc.nat(200),
        async (chunks, cap) => {
          const total = chunks.reduce((sum, c) => sum + c.length, 0);
          const read = await readStream(Readable.from(chunks.map((c) => Buffer.from(c))), cap);
          if (total <= cap) {
            expect(read).toEqual({ ok: true, bytes: Buffer.concat(chunks) });
          } else {
            expect(read).toEqual({
              ok: false,
              code: 'too-large',
              reason: `file is too large: more than ${cap} bytes`,
            });
          }
        },
      ),
    );
  });

  test('stops at the first chunk past the cap, so an endless stream cannot hold the run', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    const read = await readStream(endless(), 4500);
    expect(read.ok).toBe(false);
    expect(pulled).toBe(5);
  });

  test('text chunks are UTF-8', async () => {
    expect(await readStream(Readable.from(['é', '\u{1F600}'], { objectMode: true }), 10)).toEqual({
      ok: true,
      bytes: Buffer.from('é\u{1F600}'),
    });
  });

  test('a stream that fails is a refusal with the system code, never a throw', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('boom /secret/path'), { code: 'EPIPE' }));
      },
    });
    expect(await readStream(failing, 10)).toEqual({ ok: false, code: 'error', reason: 'could not be read (EPIPE)' });
  });
});
