import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config';

export type { Logger } from 'pino';

/** The process's structured JSON logger (one line per event, ISO time, errors with their stack). */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'ece-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: pino.stdSerializers.err },
      // Tokens and passwords never reach the log, even if a later change logs headers or variables.
      redact: ['req.headers.authorization', '*.password', '*.token'],
    },
    destination,
  );
}
