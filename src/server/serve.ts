import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

export type RunningServer = { url: string; close: () => Promise<void> };

// How long requests in flight get to finish when the server stops.
const graceMs = 3000;

// Listens on host:port (port 0: any free port) and resolves once it accepts connections.
export function startServer(app: { fetch: (request: Request) => Response | Promise<Response> }, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: (request) => app.fetch(request), hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const close = (): Promise<void> =>
        new Promise<void>((done, fail) => {
          // The timer also keeps the process up until the close completes: a connection whose
          // request body was refused unread can otherwise leave nothing else to wait on.
          const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), graceMs);
          server.close((error) => {
            clearTimeout(force);
            return error ? fail(error) : done();
          });
          // Idle keep-alive connections would hold the close open for their whole timeout.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
      resolve({ url: `http://${shown}:${info.port}`, close });
    });
    server.once('error', reject);
  });
}
