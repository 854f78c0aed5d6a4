// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The project's ESLint rules that stand in for tests: checked on samples, so a config change cannot disable them. */
const eslint = new ESLint(); // vitest runs from the project root

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.line}`);
}

describe('lint rules', () => {
  it('report visible text written in a component, and leave code alone', async () => {
    const code = [
      "import { useLingui } from '@lingui/react';",
      'export function A() {',
      '  const { _: t } = useLingui();',
      '  return (',
      '    <div className="page-header" role="status">',
      '      <p>Hello world</p>',
      "      <input aria-label=\"Name\" placeholder=\"Type a name\" />",
      "      <p>{t('shell.signOut')}</p>",
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(await problems('src/features/tokens/Sample.tsx', code)).toEqual([
      'lingui/no-unlocalized-strings: 6',
      'lingui/no-unlocalized-strings: 7',
      'lingui/no-unlocalized-strings: 7',
    ]);
  });

  it('keep the areas apart, tests included, and keep the mocks out of shipped code', async () => {
    const fromOtherArea = "import { ClientLogo } from '@/features/clients/ClientLogo';\nexport const x = ClientLogo;\n";
    expect(await problems('src/features/tokens/Sample.test.ts', fromOtherArea)).toEqual(['no-restricted-imports: 1']);
    const mock = "import { handlers } from '@/mocks/handlers';\nexport const x = handlers;\n";
    expect(await problems('src/components/Sample.ts', mock)).toEqual(['no-restricted-imports: 1']);
    expect(await problems('src/app/Sample.ts', mock)).toEqual(['no-restricted-imports: 1']);
    const app = "import { createApp } from '@/app/createApp';\nexport const x = createApp;\n";
    expect(await problems('src/features/devices/Sample.ts', app)).toEqual(['no-restricted-imports: 1']);
  });
});
