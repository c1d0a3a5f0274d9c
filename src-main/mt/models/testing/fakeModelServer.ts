/**
 * TEST SERVER ONLY: serves a registry tree (see makeTestModel.ts `writeRegistryTree`) on
 * 127.0.0.1 the way a static file host does — Range requests answered with 206 and
 * Content-Range — and misbehaves on request so downloads can be tested for what networks do:
 * - 'ok': honest answers;
 * - 'drop-after:<n>': every file response is cut (socket destroyed) after n body bytes;
 * - 'ignore-range': answers 200 with the whole file even when a Range was asked for;
 * - 'corrupt': flips one byte (the file's middle byte, wherever the response starts);
 * - 'status:<code>': every request gets that status;
 * - 'stall': sends the headers, then nothing (for timeouts).
 * Every request is recorded (path, Range header, status) so a test can assert what was asked.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export type FakeServerBehaviour = 'ok' | 'ignore-range' | 'corrupt' | 'stall' | `drop-after:${number}` | `status:${number}`;

export interface RecordedRequest {
  path: string;
  range: string | undefined;
  status: number;
}

export interface FakeModelServer {
  /** Base address, ending in `/`. */
  url: string;
  registryUrl: string;
  requests: RecordedRequest[];
  setBehaviour(behaviour: FakeServerBehaviour): void;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1, serving files under `rootDir`. */
export async function startFakeModelServer(rootDir: string, behaviour: FakeServerBehaviour = 'ok'): Promise<FakeModelServer> {
  let current: FakeServerBehaviour = behaviour;
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const range = request.headers.range;
    const record = (status: number): void => {
      requests.push({ path, range, status });
    };
    const statusMatch = /^status:(\d+)$/.exec(current);
    if (statusMatch) {
      const status = Number(statusMatch[1]);
      record(status);
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end('fake failure');
      return;
    }
    const file = normalize(join(rootDir, path));
    if (!file.startsWith(normalize(rootDir) + sep)) {
      record(403);
      response.writeHead(403).end();
      return;
    }
    void readFile(file).then(
      (bytes) => serveFile(bytes, range, path.endsWith('.json')),
      () => {
        record(404);
        response.writeHead(404).end('not found');
      },
    );

    function serveFile(original: Buffer, rangeHeader: string | undefined, isJson: boolean): void {
      let bytes = original;
      if (current === 'corrupt' && !isJson && bytes.length > 0) {
        bytes = Buffer.from(original);
        const middle = Math.floor(bytes.length / 2);
        bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
      }
      let start = 0;
      let status = 200;
      const match = /^bytes=(\d+)-$/.exec(rangeHeader ?? '');
      if (match && current !== 'ignore-range' && !isJson) {
        start = Number(match[1]);
        if (start >= bytes.length) {
          record(416);
          response.writeHead(416, { 'Content-Range': `bytes */${bytes.length}` }).end();
          return;
        }
        status = 206;
      }
      const body = bytes.subarray(start);
      const headers: Record<string, string | number> = {
        'Content-Type': isJson ? 'application/json' : 'application/octet-stream',
        'Content-Length': body.length,
        'Accept-Ranges': 'bytes',
      };
      if (status === 206) headers['Content-Range'] = `bytes ${start}-${bytes.length - 1}/${bytes.length}`;
      record(status);
      response.writeHead(status, headers);
      if (current === 'stall' && !isJson) return; // headers only; the client must time out
      const drop = /^drop-after:(\d+)$/.exec(current);
      if (drop && !isJson) {
        const keep = Math.min(Number(drop[1]), body.length);
        response.write(body.subarray(0, keep), () => {
          // Cut the connection mid-file, the way a flaky network does.
          response.socket?.destroy();
        });
        return;
      }
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    registryUrl: `${url}registry.json`,
    requests,
    setBehaviour(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
