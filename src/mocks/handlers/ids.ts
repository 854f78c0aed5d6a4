import { getMockDb } from '@/mocks/db';
import { BASE32, HEX, createRng } from '@/mocks/db/random';

export interface RequestIds {
  requestId: string;
  traceId: string;
  spanId: string;
}

/** Ids of the next answer: deterministic per reset (a counter in the dataset), unique within it. */
export function nextRequestIds(): RequestIds {
  const db = getMockDb();
  db.requestSeq += 1;
  const rng = createRng(`request:${db.requestSeq}`);
  return {
    requestId: `req_${rng.string(BASE32, 20)}`,
    traceId: rng.string(HEX, 32),
    spanId: rng.string(HEX, 16),
  };
}
