import { registerEnumType } from 'type-graphql';
import { AchievementCategory, ApplicationChannel, ApplicationStage, DegreeEvidenceKind, EducationLevel, FilePurpose, InternationalTitleKind, MajorWorkKind } from '../../entities/enums';

registerEnumType(ApplicationChannel, { name: 'ApplicationChannel', description: 'INDIVIDUAL (via a society) or ENTERPRISE (with a recommendation code)' });
registerEnumType(ApplicationStage, { name: 'ApplicationStage', description: 'Every stage of the evaluation procedure' });
registerEnumType(EducationLevel, { name: 'EducationLevel' });
registerEnumType(MajorWorkKind, { name: 'MajorWorkKind', description: 'The three kinds of major engineering work (重要工程工作)' });
registerEnumType(AchievementCategory, { name: 'AchievementCategory' });
registerEnumType(FilePurpose, { name: 'FilePurpose', description: 'What a file is for in the dossier' });
registerEnumType(InternationalTitleKind, { name: 'InternationalTitleKind' });
registerEnumType(DegreeEvidenceKind, {
  name: 'DegreeEvidenceKind',
  description: 'CHSI_RECORD: 学信网学历/学位查询结果截图; OVERSEAS_DEGREE_CERTIFICATION: 教育部留学服务中心国(境)外学历学位认证书',
});

export { AchievementCategory, ApplicationChannel, ApplicationStage, DegreeEvidenceKind, EducationLevel, FilePurpose, InternationalTitleKind, MajorWorkKind };

/** Sort orders of the work queue. */
export enum ApplicationOrder {
  SUBMITTED_AT = 'SUBMITTED_AT',
  DUE_DATE = 'DUE_DATE',
}

registerEnumType(ApplicationOrder, { name: 'ApplicationOrder', description: 'SUBMITTED_AT: oldest submission first; DUE_DATE: nearest deadline first' });
