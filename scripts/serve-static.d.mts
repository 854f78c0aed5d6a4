import type { Server } from 'node:http';

/** Serves `dir` at `base` on 127.0.0.1:`port` (0: any free port), with the fallback to index.html. */
export declare function serveStatic(dir: string, base?: string, port?: number): Promise<{ server: Server; origin: string }>;
