import { ApplicationStage } from '../entities/enums';

/** What the applicant may change in a stage (DOMAIN.md §5 "Editing rights"). */
export type EditingRight = 'FULL' | 'SUPPLEMENT_ONLY' | 'NONE';

/** One stage: its phase, whether it ends the procedure, what the applicant may edit. */
export interface StageDefinition {
  phaseZh: string;
  phaseEn: string;
  terminal: boolean;
  editing: EditingRight;
}

const S = ApplicationStage;

/** Every stage of the whole procedure (DOMAIN.md §6), including those later work implements. */
export const STAGES: Record<ApplicationStage, StageDefinition> = {
  [S.DRAFT]: { phaseZh: '申请', phaseEn: 'Application', terminal: false, editing: 'FULL' },
  [S.SUBMITTED]: { phaseZh: '初审·形式审查', phaseEn: 'Initial review: form check', terminal: false, editing: 'NONE' },
  [S.RETURNED_FOR_COMPLETION]: { phaseZh: '退回补充完善', phaseEn: 'Returned for completion', terminal: false, editing: 'FULL' },
  [S.FORM_CHECKED]: { phaseZh: '初审·基本条件审查', phaseEn: 'Initial review: basic conditions', terminal: false, editing: 'NONE' },
  // The guide: "这是申请人最后一次可对所提交申请材料进行全面修改的环节".
  [S.RETURNED_FOR_CLARIFICATION]: { phaseZh: '退回补正（最后一次全面修改）', phaseEn: 'Returned for clarification (last full edit)', terminal: false, editing: 'FULL' },
  [S.BASIC_CONDITIONS_MET]: { phaseZh: '待受理', phaseEn: 'Awaiting acceptance', terminal: false, editing: 'NONE' },
  [S.ACCEPTED]: { phaseZh: '受理', phaseEn: 'Accepted', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.MATERIAL_REVIEW]: { phaseZh: '考核·材料审查', phaseEn: 'Assessment: material review', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.SUPPLEMENT_REQUESTED]: { phaseZh: '考核·补充材料', phaseEn: 'Assessment: supplement requested', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.WRITTEN_EXAM]: { phaseZh: '考核·笔试', phaseEn: 'Assessment: written exam', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.INTERVIEW]: { phaseZh: '考核·面试', phaseEn: 'Assessment: interview', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.COMPREHENSIVE_REVIEW]: { phaseZh: '综合审议', phaseEn: 'Comprehensive review', terminal: false, editing: 'NONE' },
  [S.PUBLIC_NOTICE]: { phaseZh: '公示', phaseEn: 'Public notice', terminal: false, editing: 'NONE' },
  [S.FEDERATION_REVIEW]: { phaseZh: '联合体审核', phaseEn: 'Federation review', terminal: false, editing: 'NONE' },
  [S.AWAITING_REGISTRATION]: { phaseZh: '待注册', phaseEn: 'Awaiting registration', terminal: false, editing: 'NONE' },
  [S.REGISTERED]: { phaseZh: '已注册', phaseEn: 'Registered', terminal: true, editing: 'NONE' },
  [S.NOT_ACCEPTED]: { phaseZh: '不予受理', phaseEn: 'Not accepted', terminal: true, editing: 'NONE' },
  [S.NOT_REGISTERED]: { phaseZh: '不予注册', phaseEn: 'Not registered', terminal: true, editing: 'NONE' },
  [S.WITHDRAWN]: { phaseZh: '已撤回', phaseEn: 'Withdrawn', terminal: true, editing: 'NONE' },
  [S.LAPSED]: { phaseZh: '已失效', phaseEn: 'Lapsed', terminal: true, editing: 'NONE' },
};


/** Every stage, in the order of the enum. */
export const ALL_STAGES: readonly ApplicationStage[] = Object.keys(STAGES) as ApplicationStage[];

/** The stages a predicate on the stage definition holds for. */
export function stagesWhere(predicate: (stage: StageDefinition, name: ApplicationStage) => boolean): ApplicationStage[] {
  return ALL_STAGES.filter((name) => predicate(STAGES[name], name));
}

/** Stages that have not ended the procedure. */
export const OPEN_STAGES: readonly ApplicationStage[] = stagesWhere((stage) => !stage.terminal);
