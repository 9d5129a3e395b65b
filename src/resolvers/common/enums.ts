import { registerEnumType } from 'type-graphql';
import { ExaminerGrade, GrantRole, Language, SocietyStatus } from '../../entities/enums';

registerEnumType(SocietyStatus, { name: 'SocietyStatus', description: 'Lifecycle of an authorized society' });
registerEnumType(GrantRole, { name: 'GrantRole', description: 'What a grant lets its holder do; the scope comes with the grant' });
registerEnumType(ExaminerGrade, { name: 'ExaminerGrade', description: '见习考官 TRAINEE / 正式考官 FORMAL' });
registerEnumType(Language, { name: 'Language', description: 'The language of the messages a person receives: ZH (default) or EN' });

export { ExaminerGrade, GrantRole, Language, SocietyStatus };
