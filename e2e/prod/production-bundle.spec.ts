import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support';

test('the production build holds no mock or demo code', () => {
  const dir = join(process.cwd(), 'dist', 'assets');
  const code = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  expect(code.length).toBeGreaterThan(10_000);
  for (const marker of ['demo-admin-token', 'setupWorker', 'mockServiceWorker', 'Hostile input sample', 'tok_r7kq2mxw4fzd']) {
    expect(code, marker).not.toContain(marker);
  }
});
