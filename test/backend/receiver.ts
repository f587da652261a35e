/** A webhook receiver for tests: a real HTTP server on 127.0.0.1 that records what arrives and answers as told. */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An answer; `stall` never answers, `stall-body` sends headers and a little of the body, then nothing more. */
export type ReceiverReply = { status: number; body?: string; headers?: Record<string, string> } | 'stall' | 'stall-body';

export interface Receiver {
  /** Where to point a webhook. */
  url: string;
  received: Received[];
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(answer: (request: Received, index: number) => ReceiverReply = () => ({ status: 200, body: 'ok' })): Promise<Receiver> {
  const received: Received[] = [];
  const stalled: ServerResponse[] = [];
  const server = createServer((incoming, response) => {
    let body = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => {
      body += chunk;
    });
    incoming.on('end', () => {
      const request = { headers: incoming.headers, body };
      received.push(request);
      const reply = answer(request, received.length - 1);
      if (reply === 'stall' || reply === 'stall-body') {
        if (reply === 'stall-body') {
          response.writeHead(200, { 'content-type': 'text/plain' });
          response.write('partial');
        }
        stalled.push(response);
        return;
      }
      response.writeHead(reply.status, reply.headers);
      response.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/teamkit`,
    received,
    async waitFor(count) {
      const deadline = Date.now() + 5000;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} requests, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      for (const response of stalled) response.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
