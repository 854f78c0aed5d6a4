import { invalidParameters, type FieldViolation } from './errors';
import type { Paging } from './responses';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Reads and validates query parameters, collecting every violation; `done()` throws one 400 listing them all.
 * An empty value (`?status=`) counts as absent.
 */
export class QueryReader {
  private readonly params: URLSearchParams;
  private readonly violations: FieldViolation[] = [];

  constructor(request: Request) {
    this.params = new URL(request.url).searchParams;
  }

  text(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  /** An integer in [min, max], or undefined when absent. */
  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    if (!/^-?\d+$/.test(raw.trim())) {
      this.violations.push({ field: name, code: 'format', description: `${name} must be an integer`, value: raw });
      return undefined;
    }
    const value = Number(raw.trim());
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
      this.violations.push({ field: name, code: 'range', description: `${name} must be ${range}`, value: raw });
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.violations.push({
      field: name,
      code: 'enum',
      description: `${name} must be one of: ${allowed.join(', ')}`,
      value: raw,
    });
    return undefined;
  }

  /** `page` (default 1, >= 1) and `page_size` (default 20, 1..100). */
  paging(): Paging {
    return {
      page: this.integer('page', 1, Number.MAX_SAFE_INTEGER) ?? 1,
      pageSize: this.integer('page_size', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
    };
  }

  done(): void {
    if (this.violations.length > 0) throw invalidParameters(this.violations);
  }
}
