/** One entry of the error catalogue: the HTTP status it implies and its message in both languages. */
export interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
  /** The params are part of the answer (extensions.params): numbers a client acts on, such as a limit or a wait. */
  exposeParams?: boolean;
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
  MALFORMED_ID: { status: 400, zh: '{field} 不是有效的标识（应为 UUID）。', en: '{field} is not a valid identifier (a UUID is expected).' },
  BAD_USER_INPUT: { status: 400, zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  ACCOUNT_TOKEN_INVALID: { status: 400, zh: '链接无效、已使用或已过期，请重新申请。', en: 'The link is not valid, was already used or has expired; please ask for a new one.' },
  WEAK_PASSWORD: { status: 400, zh: '密码不符合要求：{reason}。', en: 'The password is not acceptable: {reason}.' },
  INVITATION_EXPIRED: { status: 409, zh: '该邀请已于 {expiredAt} 过期，请联系学会重新邀请。', en: 'The invitation expired on {expiredAt}; ask the society to invite you again.' },
  MALFORMED_DATE: { status: 400, zh: '{field} 不是有效的日期（格式应为 YYYY-MM-DD，且须为实际存在的日期）。', en: '{field} is not a valid date (YYYY-MM-DD, a day that exists).' },
  DATE_OUT_OF_RANGE: { status: 400, zh: '日期须在 {min} 至 {max} 之间。', en: 'The date must lie between {min} and {max}.' },
  NUMBER_OUT_OF_RANGE: { status: 400, zh: '数值须为 {min} 至 {max} 之间的整数。', en: 'The number must be a whole number from {min} to {max}.' },
  ALREADY_EXISTS: { status: 409, zh: '{what}已存在。', en: '{what} already exists.' },
  INVALID_TRANSITION: { status: 409, zh: '当前状态（{stage}）下不能执行"{action}"。', en: 'Action {action} is not possible in state {stage}.' },
  STALE_VERSION: { status: 409, zh: '数据已被他人修改，请刷新后重试。', en: 'The object was changed by someone else; reload and try again.' },
  DEADLINE_PASSED: { status: 409, zh: '已超过截止日期（{deadline}）。', en: 'The deadline ({deadline}) has passed.' },
  DEADLINE_NOT_PASSED: { status: 409, zh: '截止日期（{deadline}）尚未届满。', en: 'The deadline ({deadline}) has not passed yet.' },
  DOSSIER_LOCKED: { status: 409, zh: '申请处于"{stage}"阶段，不能修改申请材料。', en: 'The application is in stage {stage}: the dossier cannot be changed.' },
  APPLICATION_INCOMPLETE: { status: 409, zh: '申请材料尚不完整，共 {count} 项须补充。', en: 'The dossier is incomplete: {count} items still block submission.' },
  OUTSIDE_REREGISTRATION_WINDOW: { status: 409, zh: '不在再注册申请期内：申请期为 {opensOn} 至 {closesOn}。', en: 'Outside the re-registration window, which runs from {opensOn} to {closesOn}.', exposeParams: true },
  REREGISTRATION_CONDITIONS_NOT_MET: { status: 409, zh: '再注册条件尚未全部满足：{missing}。', en: 'Not every re-registration condition is met: {missing}.', exposeParams: true },
  RESTORATION_NOT_REQUESTED: { status: 409, zh: '该会员尚未申请恢复，不能恢复其资格。', en: 'The member has not applied to be restored.' },
  APPLICANT_BARRED: { status: 403, zh: '您已被终身禁止申请工程会员。', en: 'You are barred from applying for membership.' },
  FILE_TOO_LARGE: { status: 413, zh: '文件超过 {limit} 字节的大小上限。', en: 'The file exceeds the size limit of {limit} bytes.' },
  UNSUPPORTED_FILE_TYPE: { status: 415, zh: '不支持该文件类型：仅接受 {allowed}。', en: 'Unsupported file type: only {allowed} are accepted.' },
  GRAPHQL_PARSE_FAILED: { status: 400, zh: 'GraphQL 语法错误：{detail}', en: 'GraphQL syntax error: {detail}' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, zh: 'GraphQL 查询校验失败：{detail}', en: 'GraphQL validation failed: {detail}' },
  BAD_REQUEST: { status: 400, zh: '请求格式错误：{detail}', en: 'Malformed request: {detail}' },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, zh: '未找到持久化查询。', en: 'Persisted query not found.' },
  REVIEWERS_TOO_FEW: { status: 400, zh: '材料审查须至少 2 名考官。', en: 'Material review needs at least 2 examiners.' },
  DUPLICATE_EXAMINER: { status: 400, zh: '同一考官不能重复指派。', en: 'An examiner is named twice.' },
  FIELD_NOT_OF_SOCIETY: { status: 400, zh: '学会 {society} 不评价工程技术领域 {field}。', en: 'Society {society} does not evaluate the field {field}.' },
  EXAMINER_OTHER_FIELD: { status: 400, zh: '考官须与申请人属同一工程技术领域。', en: "The examiner is not of the applicant's field." },
  EXAMINER_RECUSED_SAME_EMPLOYER: { status: 400, zh: '考官与申请人同一工作单位，须回避。', en: 'The examiner works for the applicant\'s employer and must recuse.' },
  EXAMINER_RECUSED_CONFLICT_DECLARED: { status: 400, zh: '考官已申明利益冲突，须回避。', en: 'The examiner declared a conflict of interest and must recuse.' },
  EXAMINER_RECUSED_RECOMMENDED_BY_OWN_ENTERPRISE: { status: 400, zh: '申请人由考官所在企业推荐，考官须回避。', en: "The applicant was recommended by the examiner's enterprise: the examiner must recuse." },
  PANEL_SIZE: { status: 400, zh: '面试考核组须由 2–3 名考官组成。', en: 'An interview panel has 2 or 3 examiners.' },
  PANEL_NO_FORMAL: { status: 400, zh: '面试考核组须至少有 1 名正式考官。', en: 'The panel needs at least one FORMAL examiner.' },
  PANEL_NO_SPECIALTY_MATCH: { status: 400, zh: '面试考核组须至少有 1 名与申请人专业相近的考官。', en: "The panel needs an examiner of the applicant's specialty." },
  CHIEF_NOT_ON_PANEL: { status: 400, zh: '主面试官须为面试考核组成员。', en: 'The chief must be on the panel.' },
  CHIEF_NOT_FORMAL: { status: 400, zh: '主面试官须为正式考官。', en: 'The chief must be a FORMAL examiner.' },
  GROUP_TOO_SMALL: { status: 400, zh: '综合审议组须至少 3 名考官。', en: 'A review group has at least 3 examiners.' },
  GROUP_SAME_AS_ASSESSORS: { status: 400, zh: '综合审议组不能与考核考官完全相同。', en: 'The review group must not be exactly the examiners who assessed the applicant.' },
  JUDGES_TOO_FEW: { status: 400, zh: '笔试试卷须由至少 2 名考官评判。', en: 'Each paper needs at least 2 judges.' },
  NO_SITTING_RECORDED: { status: 409, zh: '尚未登记笔试场次，请先登记考试时间、地点和试卷。', en: 'No written-exam sitting is recorded yet: record when, where and which paper first.' },
  SITTING_SUPERSEDED: { status: 409, zh: '该场次已被后来登记的场次取代，请评判最新场次的试卷。', en: 'A later sitting supersedes this one: mark the paper of the latest sitting.' },
  SCORES_OUTSTANDING: { status: 409, zh: '尚有 {count} 名考官未评判试卷。', en: '{count} judge(s) have not marked the paper yet.' },
  NOT_ON_SIMPLIFIED_PATH: { status: 409, zh: '仅持有国际工程师资格的申请人可走简化评价程序。', en: 'Only holders of an international engineer title may take the simplified path.' },
  REVIEWS_OUTSTANDING: { status: 409, zh: '尚有 {count} 名考官未提交本轮材料审查意见。', en: '{count} examiner(s) have not submitted this round\'s material review yet.' },
  NO_SUPPLEMENT_ADDED: { status: 409, zh: '请先补充材料再提交。', en: 'Add the requested material before submitting.' },
  INTERVIEW_SELF_STATEMENT_TOO_LONG: { status: 400, zh: '面试自述不得超过 10 分钟。', en: 'The self-statement may last at most 10 minutes.' },
  INTERVIEW_QUESTIONING_TOO_SHORT: { status: 400, zh: '面试提问不得少于 30 分钟。', en: 'Questioning must last at least 30 minutes.' },
  INTERVIEW_ITEMS_UNCOVERED: { status: 400, zh: '面试提问须涵盖全部 17 条素质能力要求，尚缺：{items}。', en: 'The questions must cover all 17 competency items; missing: {items}.' },
  INTERVIEW_DELIBERATION_TOO_SHORT: { status: 400, zh: '考核组合议不得少于 10 分钟。', en: 'The panel deliberation must last at least 10 minutes.' },
  NOTICE_TOO_SHORT: { status: 400, zh: '公示期不得少于 5 个工作日。', en: 'A public notice runs at least 5 working days.' },
  NOTICE_NOT_OPEN: { status: 409, zh: '该公示不在公示期内。', en: 'The notice is not open.' },
  OBJECTION_OPEN: { status: 409, zh: '尚有 {count} 项异议未处理。', en: '{count} objection(s) are still open.' },
  QUERY_TOO_MANY_TOKENS: { status: 400, zh: '查询过长：超过 {limit} 个词法单元的上限。', en: 'The query is too long: it exceeds the limit of {limit} tokens.', exposeParams: true },
  QUERY_TOO_DEEP: { status: 400, zh: '查询嵌套过深：深度 {found}，上限为 {limit}。', en: 'The query is nested too deeply: depth {found}, the limit is {limit}.', exposeParams: true },
  QUERY_TOO_MANY_ALIASES: { status: 400, zh: '查询使用的别名过多：{found} 个，上限为 {limit} 个。', en: 'The query uses too many aliases: {found}, the limit is {limit}.', exposeParams: true },
  QUERY_TOO_MANY_DIRECTIVES: { status: 400, zh: '查询使用的指令过多：{found} 个，上限为 {limit} 个。', en: 'The query uses too many directives: {found}, the limit is {limit}.', exposeParams: true },
  QUERY_TOO_COSTLY: { status: 400, zh: '查询开销过大：估算为 {found}，上限为 {limit}。', en: 'The query is too costly: estimated {found}, the limit is {limit}.', exposeParams: true },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请 {retryAfter} 秒后再试。', en: 'Too many attempts; try again in {retryAfter} seconds.', exposeParams: true },
  UPLOAD_QUOTA_EXCEEDED: { status: 409, zh: '已达到每个账号的上传限额（{maxFiles} 个文件，共 {maxBytes} 字节）。', en: 'The upload quota of an account is reached ({maxFiles} files, {maxBytes} bytes in all).', exposeParams: true },
  COMMIT_FAILED: { status: 500, zh: '保存失败：本次请求的更改均未生效，请重试。', en: 'Saving failed: none of this request\'s changes were stored; please try again.' },
  MINIMUM_ASSESSMENT_MISSING: { status: 409, zh: '该级别的考核至少应包括材料审查和面试，尚缺：{missing}（简化程序须记录所免考核）。', en: 'This grade is assessed at least by material review and interview; missing: {missing} (the simplified path records what it skips).' },
  WRITTEN_EXAM_FAILED: { status: 409, zh: '笔试未通过：不能进入面试，也不能据此予以注册；请登记补考场次或提交综合审议作为不予注册的依据。', en: 'The written exam was failed: no interview and no registration on it; record a resit or send the failure to the comprehensive review as a ground for not registering.' },
  VERIFICATION_CONSENT_REQUIRED: { status: 400, zh: '提交申请材料即同意联合体及获授权学会查询申请材料并向相关单位核实其真实性与准确性，请确认同意后提交。', en: 'Submitting means consenting that the federation and the society may examine the dossier and verify it with the bodies concerned: confirm your consent to submit.' },
  DEGREE_EVIDENCE_KIND_NOT_APPLICABLE: { status: 400, zh: '只有学历（学位）证明材料可标注认证类型（学信网查询结果截图或国（境）外学历学位认证书）。', en: 'Only degree evidence has a verification kind (CHSI record screenshot or overseas degree certification).' },
  CONSOLIDATION_REASON_REQUIRED: { status: 400, zh: '该步骤与材料审查考官的建议（{recommended}）不一致，请说明理由。', en: 'This step differs from what the material reviewers recommended ({recommended}): give the reason.' },
  NOT_SOCIETY_MEMBER: { status: 409, zh: '申请人尚未成为本学会会员：注册和简化程序之前须先成为学会会员（请学会标注会员身份）。', en: 'The applicant is not a member of the society yet: membership comes before registration and before the simplified path (staff mark it).' },
  REGISTRATION_NUMBER_TAKEN: { status: 409, zh: '注册编号 {number} 已在联合体注册名录中，不能重复发放；请联合体管理员核对编号格式。', en: 'Registration number {number} is already on the federation register and cannot be issued again; the federation should check the number format.' },
  NAME_PINYIN_MISSING: { status: 409, zh: '缺少申请人姓名拼音：公示和注册在联合体中文和英文网站上公告。', en: "The applicant's name in pinyin is missing: notices and the register appear on the federation's Chinese and English websites." },
  REVIEW_GROUP_ALREADY_FORMED: { status: 409, zh: '本轮（第 {round} 轮）综合审议组已组建。', en: 'The review group of this round (round {round}) is already formed.' },
  ROUND_ALREADY_DECIDED: { status: 409, zh: '本轮（第 {round} 轮）综合审议已作出结论。', en: 'The review group of this round (round {round}) has already decided.' },
  NO_OBJECTION_OPEN: { status: 409, zh: '该申请人没有待处理的异议。', en: 'No objection against this applicant is open.' },
  REGISTRATION_NOT_IN_FORCE: { status: 409, zh: '该注册的状态为 {status}，不能办理此事项。', en: 'The registration is {status}: this cannot be done.' },
  CPD_OUTSIDE_REGISTRATION: { status: 400, zh: '持续职业发展活动须在注册有效期内（{validFrom} 起）且不晚于今天。', en: 'A CPD activity must end within the registration (from {validFrom}) and not after today.' },
  CPD_AUDIT_STEP_NOT_OPEN: { status: 409, zh: '抽查处于"{status}"状态，不能执行此操作。', en: 'The CPD audit is {status}: this step is not open.' },
  MUTUAL_RECOGNITION_NOT_REQUESTED: { status: 409, zh: '该工程会员申请时未提出国际互认需求。', en: 'The member did not ask for mutual recognition in their application.' },
  DOWNLOAD_LINK_EXPIRED: { status: 410, zh: '下载链接已过期，请重新获取。', en: 'The download address has expired; ask for a new one.' },
  INTERNAL_SERVER_ERROR: { status: 500, zh: '服务器内部错误，请稍后重试。', en: 'Internal server error; please try again later.' },
} as const satisfies Record<string, ErrorDefinition>;

/** A code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Whether a string is a catalogue code. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, code);
}
