/** The one error type handlers throw; ./route turns it into the error shape of the service. */
export type ErrorKind = 'invalid_parameter' | 'unauthenticated' | 'forbidden' | 'not_found' | 'internal';

/** `FieldViolation` of a Problem. */
export interface FieldViolation {
  field: string;
  code: 'required' | 'format' | 'range' | 'enum' | 'length';
  description: string;
  value: unknown;
}

export const STATUS_OF: Record<ErrorKind, number> = {
  invalid_parameter: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  internal: 500,
};

export class MockHttpError extends Error {
  readonly kind: ErrorKind;
  readonly status: number;
  readonly violations: FieldViolation[];
  /** Overrides the kind's i18n key (e.g. `error.token_not_found`). */
  readonly i18nKey?: string;

  constructor(kind: ErrorKind, message: string, options: { violations?: FieldViolation[]; i18nKey?: string } = {}) {
    super(message);
    this.name = 'MockHttpError';
    this.kind = kind;
    this.status = STATUS_OF[kind];
    this.violations = options.violations ?? [];
    this.i18nKey = options.i18nKey;
  }
}

export function invalidParameters(violations: FieldViolation[]): MockHttpError {
  const detail = violations.map((v) => v.description).join('; ');
  return new MockHttpError('invalid_parameter', `invalid parameter: ${detail}`, { violations });
}

export function notFound(message: string, i18nKey?: string): MockHttpError {
  return new MockHttpError('not_found', message, { i18nKey });
}
