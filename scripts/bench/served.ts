import type http from 'node:http';
import { createStaticServer, listen, type ServedRequest, type ServerOptions } from '../lib/static-server.ts';

/**
 * The static server with a log of what was sent: each response's body bytes, 0 for HEAD and 304
 * (the server counts only what it wrote). Requests of one path are answered in the order they came.
 */
export async function serveCounted(
  root: string,
  options: ServerOptions = {},
): Promise<{
  origin: string;
  served: ServedRequest[];
  close(): Promise<void>;
}> {
  const served: ServedRequest[] = [];
  const server: http.Server = createStaticServer(root, (r) => served.push(r), options);
  const origin = await listen(server);
  return { origin, served, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
