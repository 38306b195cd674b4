import type http from 'node:http';
import { createStaticServer, listen, type ServedRequest } from '../lib/static-server.ts';

/**
 * The static server with a log of what was sent: a HEAD response carries no body, so it counts 0 bytes
 * whatever the server's own log says (it logged the file's size for HEAD). Requests of one path are
 * answered in the order they came, so the n-th logged response of a path is its n-th request.
 */
export async function serveCounted(root: string): Promise<{
  origin: string;
  served: ServedRequest[];
  close(): Promise<void>;
}> {
  const served: ServedRequest[] = [];
  const methods = new Map<string, string[]>();
  const server: http.Server = createStaticServer(root, (r) => {
    const method = methods.get(r.path)?.shift();
    served.push(method === 'HEAD' ? { ...r, bytes: 0 } : r);
  });
  server.prependListener('request', (req: http.IncomingMessage) => {
    const key = req.url ?? '';
    methods.set(key, [...(methods.get(key) ?? []), req.method ?? 'GET']);
  });
  const origin = await listen(server);
  return { origin, served, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
