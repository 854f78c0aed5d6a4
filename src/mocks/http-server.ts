/**
 * The mock backend as a real HTTP server on 127.0.0.1, for e2e tests of the production build:
 *   MOCK_PORT=8787 npx tsx src/mocks/http-server.ts
 * Serves the same handlers as demo mode and Vitest, with CORS for any origin, and test control routes:
 * `POST /__mock/reset` reseeds the data (and starts the OAuth server afresh); `GET /__mock/oauth` reads the OAuth
 * server's settings, its log (token requests, revocations) and the tokens it issued; `POST /__mock/oauth` with a JSON
 * body changes its settings (e.g. `{"accessTokenSeconds": 5}`, `{"discovery": "off"}`). Node only (typed by tsconfig.node.json): nothing here may touch
 * `import.meta.env`.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import { resetMockDb } from './db';
import { handlers } from './handlers';
import { oauthSnapshot, updateOAuthSettings } from './oauth/state';

export const DEFAULT_MOCK_PORT = 8787;
const HOST = '127.0.0.1';

function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const header = req.headers.origin;
  const origin = Array.isArray(header) ? header[0] : header;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,OPTIONS');
  // DPoP (RFC 9449): the proof header goes in, the nonce and the challenges must be readable
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, DPoP');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id, DPoP-Nonce, WWW-Authenticate');
  res.setHeader('Access-Control-Max-Age', '600');
}

async function controlOAuth(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    try {
      updateOAuthSettings(JSON.parse(body || '{}') as Record<string, unknown>);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('body must be JSON');
      return;
    }
  } else if (req.method !== 'GET') {
    res.writeHead(405, { Allow: 'GET, POST' }).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(oauthSnapshot()));
}

export function startMockHttpServer(port: number = DEFAULT_MOCK_PORT) {
  const mockApp = createMockApp(...handlers);
  const server = createHttpServer((req, res) => {
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/__mock/reset') {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      resetMockDb();
      res.writeHead(204).end();
      return;
    }
    if (path === '/__mock/oauth') {
      void controlOAuth(req, res);
      return;
    }
    if (path === '/__mock/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    mockApp(req, res);
  });
  return new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve(server));
  });
}

function portFromEnv(): number {
  const port = Number(process.env.MOCK_PORT ?? DEFAULT_MOCK_PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_MOCK_PORT;
}

const server = await startMockHttpServer(portFromEnv());
console.warn(`[mock] authms mock backend on http://${HOST}:${portFromEnv()} (POST /__mock/reset to reseed)`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
