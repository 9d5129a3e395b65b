import { GraphQLError } from 'graphql';
import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue';

/** Values interpolated into a catalogue message. */
export type ErrorParams = Record<string, string | number>;

/**
 * A domain error with a catalogue code, an optional field path and interpolation params.
 * The message is localized later (formatError), when the request's language is known.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    options: { field?: string; params?: ErrorParams; cause?: unknown; issues?: ReadonlyArray<{ code: string; field: string; messageZh: string; messageEn: string }> } = {},
  ) {
    super(interpolate(ERROR_CATALOGUE[code].en, options.params), {
      extensions: {
        code,
        ...(options.field ? { field: options.field } : {}),
        ...(options.params ? { params: options.params } : {}),
        ...(options.issues ? { issues: options.issues } : {}),
        http: { status: ERROR_CATALOGUE[code].status },
      },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
  }
}

/** Fills {name} placeholders from params; unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
