/** One entry of the error catalogue: the HTTP status it implies and its message in both languages. */
export interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
}

/**
 * Every machine-readable error code a client can receive in `extensions.code`.
 * Messages may use {placeholders} filled from the error's params.
 */
export const ERROR_CATALOGUE = {
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'You need to log in.' },
  INVALID_CREDENTIALS: { status: 401, zh: '邮箱或密码不正确。', en: 'The email or password is incorrect.' },
  ACCOUNT_DISABLED: { status: 403, zh: '该账号已停用。', en: 'This account is disabled.' },
  TOKEN_EXPIRED: { status: 401, zh: '登录已过期，请重新登录。', en: 'Your session has expired; please log in again.' },
  TOKEN_INVALID: { status: 401, zh: '登录凭证无效。', en: 'The access token is not valid.' },
  FORBIDDEN: { status: 403, zh: '您无权执行此操作或查看此内容。', en: 'You are not allowed to do or see this.' },
  UNKNOWN_SOCIETY: { status: 400, zh: '未知的学会代码：{society}。', en: 'Unknown society code: {society}.' },
  SOCIETY_ACCESS_DENIED: { status: 403, zh: '您在学会 {society} 没有任何授权。', en: 'You hold no grant in society {society}.' },
  SOCIETY_SUSPENDED: { status: 403, zh: '学会 {society} 已被暂停授权，暂不能办理业务。', en: 'Society {society} is suspended and cannot act.' },
  SOCIETY_REQUIRED: { status: 400, zh: '此操作需要指定学会（X-Society 请求头或学会域名）。', en: 'This operation needs a society scope (X-Society header or society host name).' },
  NOT_FOUND: { status: 404, zh: '未找到所请求的对象。', en: 'The requested object was not found.' },
  BAD_USER_INPUT: { status: 400, zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  ALREADY_EXISTS: { status: 409, zh: '{what}已存在。', en: '{what} already exists.' },
  INVALID_TRANSITION: { status: 409, zh: '当前状态（{stage}）下不能执行"{action}"。', en: 'Action {action} is not possible in state {stage}.' },
  STALE_VERSION: { status: 409, zh: '数据已被他人修改，请刷新后重试。', en: 'The object was changed by someone else; reload and try again.' },
  DEADLINE_PASSED: { status: 409, zh: '已超过截止日期（{deadline}）。', en: 'The deadline ({deadline}) has passed.' },
  DEADLINE_NOT_PASSED: { status: 409, zh: '截止日期（{deadline}）尚未届满。', en: 'The deadline ({deadline}) has not passed yet.' },
  DOSSIER_LOCKED: { status: 409, zh: '申请处于"{stage}"阶段，不能修改申请材料。', en: 'The application is in stage {stage}: the dossier cannot be changed.' },
  APPLICATION_INCOMPLETE: { status: 409, zh: '申请材料尚不完整，共 {count} 项须补充。', en: 'The dossier is incomplete: {count} items still block submission.' },
  APPLICANT_BARRED: { status: 403, zh: '您已被终身禁止申请工程会员。', en: 'You are barred from applying for membership.' },
  FILE_TOO_LARGE: { status: 413, zh: '文件超过 {limit} 字节的大小上限。', en: 'The file exceeds the size limit of {limit} bytes.' },
  UNSUPPORTED_FILE_TYPE: { status: 415, zh: '不支持该文件类型：仅接受 {allowed}。', en: 'Unsupported file type: only {allowed} are accepted.' },
  GRAPHQL_PARSE_FAILED: { status: 400, zh: 'GraphQL 语法错误：{detail}', en: 'GraphQL syntax error: {detail}' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, zh: 'GraphQL 查询校验失败：{detail}', en: 'GraphQL validation failed: {detail}' },
  BAD_REQUEST: { status: 400, zh: '请求格式错误：{detail}', en: 'Malformed request: {detail}' },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, zh: '未找到持久化查询。', en: 'Persisted query not found.' },
  INTERNAL_SERVER_ERROR: { status: 500, zh: '服务器内部错误，请稍后重试。', en: 'Internal server error; please try again later.' },
} as const satisfies Record<string, ErrorDefinition>;

/** A code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Whether a string is a catalogue code. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, code);
}
