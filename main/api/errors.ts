import type { ApiError, ErrorCode } from '../../shared/api/envelope';
import type { FieldIssue } from '../../shared/domain/common';

/** An error a user can act on. Handlers throw these; transports turn them into envelopes. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
    readonly fields?: FieldIssue[],
  ) {
    super(messageKey);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      messageKey: this.messageKey,
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

/** Input that passed the schema but breaks a rule that needs the database (unknown region…). */
export class ValidationError extends AppError {
  constructor(fields: FieldIssue[]) {
    super('VALIDATION', fields[0]?.messageKey ?? 'validation.invalid', fields[0]?.params, fields);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super('NOT_FOUND', 'error.notFound');
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends AppError {
  constructor(messageKey: string, params?: Record<string, string | number>, path?: string) {
    super(
      'CONFLICT',
      messageKey,
      params,
      path ? [{ path, messageKey, ...(params ? { params } : {}) }] : undefined,
    );
    this.name = 'ConflictError';
  }
}

export class UnsupportedError extends AppError {
  constructor() {
    super('UNSUPPORTED', 'error.unsupported');
    this.name = 'UnsupportedError';
  }
}
