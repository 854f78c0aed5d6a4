import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock backend for Vitest (msw/node); the test setup starts it with `onUnhandledRequest: 'error'`. */
export const server = setupServer(...handlers);
