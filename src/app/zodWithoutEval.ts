import { config } from 'zod/mini';

// zod compiles parsers with `new Function` unless told not to, and the Content-Security-Policy (script-src 'self')
// forbids that. zod reads the setting when a schema is created, at import time: main.tsx imports this file first.
config({ jitless: true });
