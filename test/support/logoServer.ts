import https from 'node:https';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo, Socket } from 'node:net';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const testCa = readFileSync(path.join(fixtures, 'tls/ca.crt'));

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
};

/**
 * A real HTTPS server on 127.0.0.1 with the test CA's certificate, serving the fixture images and the failure
 * cases of the logo tests. It counts connections, requests in flight and bytes written, so tests can assert that
 * nothing reached it, or how little of a huge body was sent.
 */
export interface LogoServer {
  port: number;
  origin: string;
  connections: number;
  requests: string[];
  maxInFlight: number;
  bytesSent: number;
  close(): Promise<void>;
}

export async function startLogoServer(options: { delayMs?: number } = {}): Promise<LogoServer> {
  const sockets = new Set<Socket>();
  let inFlight = 0;
  const state = { connections: 0, requests: [] as string[], maxInFlight: 0, bytesSent: 0 };
  const server = https.createServer(
    {
      key: readFileSync(path.join(fixtures, 'tls/server.key')),
      cert: readFileSync(path.join(fixtures, 'tls/server.crt')),
    },
    (request, response) => {
      const url = request.url ?? '/';
      state.requests.push(url);
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      response.on('close', () => inFlight--);
      const respond = () => route(url, response, origin);
      if (options.delayMs) setTimeout(respond, options.delayMs);
      else respond();
    },
  );
  server.on('secureConnection', (socket) => {
    state.connections++;
    sockets.add(socket);
    const write = socket.write.bind(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.write = (chunk: Buffer | string, ...rest: unknown[]) => {
      state.bytesSent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    };
  });
  server.on('connection', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `https://127.0.0.1:${port}`;
  return Object.assign(state, {
    port,
    origin,
    get connectionsNow() {
      return sockets.size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}

function route(url: string, response: import('node:http').ServerResponse, origin: string): void {
  const image = /^\/img\/([\w.-]+)$/.exec(url);
  if (image) {
    const file = image[1];
    response.writeHead(200, { 'content-type': TYPES[file.split('.').pop()!] ?? 'application/octet-stream' });
    response.end(readFileSync(path.join(fixtures, 'images', file)));
    return;
  }
  const redirect = /^\/redirect\/(\d+)$/.exec(url);
  if (redirect) {
    const left = Number(redirect[1]);
    response.writeHead(302, { location: left === 0 ? '/img/logo-70.png' : `/redirect/${left - 1}` });
    response.end();
    return;
  }
  const away = /^\/redirect-to\?(.+)$/.exec(url);
  if (away) {
    response.writeHead(302, { location: decodeURIComponent(away[1]) });
    response.end();
    return;
  }
  switch (url) {
    case '/404':
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('no such logo, and this body must never be shown');
      return;
    case '/html':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body>secret page body</body></html>');
      return;
    case '/octet-noise':
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(Buffer.alloc(4096, 7));
      return;
    case '/stall':
      return; // never answers
    case '/huge-png':
    case '/huge-jpeg-no-size': {
      // 50 MiB, written as fast as the client reads: a real PNG header then filler, or a JPEG that is all APP1
      // segments and never reaches the frame header that holds its size.
      const total = 50 * 1024 * 1024;
      const png = url === '/huge-png';
      response.writeHead(200, { 'content-type': png ? 'image/png' : 'image/jpeg', 'content-length': String(total) });
      const head = png
        ? readFileSync(path.join(fixtures, 'images/logo-70.png')).subarray(0, 33)
        : Buffer.from([0xff, 0xd8]);
      let sent = 0;
      const segment = Buffer.alloc(0x10000 + 2, 0x20);
      segment.writeUInt16BE(0xffe1, 0);
      segment.writeUInt16BE(0xffff, 2);
      const chunk = png ? Buffer.alloc(64 * 1024, 0) : segment.subarray(0, 0xffff + 2);
      const pump = () => {
        while (sent < total) {
          const piece = sent === 0 ? Buffer.concat([head, chunk]) : chunk;
          sent += piece.length;
          if (!response.write(piece)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('error', () => undefined);
      pump();
      return;
    }
    default:
      void origin;
      response.writeHead(404);
      response.end();
  }
}
