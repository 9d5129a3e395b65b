// The typed client of the engineering capability evaluation API: every operation of schema/operations as a typed
// document, the schema's types (ErrorCode included) and a small fetch wrapper.
export * from './generated/graphql';
export { ErrorCode } from './generated/schema-enums';
export { acceptLanguage, ApiError, createClient, toErrorCode, type ApiClient, type ApiErrorEntry, type ClientOptions, type Language, type StoredFile } from './client';
