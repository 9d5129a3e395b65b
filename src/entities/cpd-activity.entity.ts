import { Entity, Enum, Index, OptionalProps, Property } from '@mikro-orm/core';
import { CpdActivityKind } from './enums';
import { MemberRecord } from './member-record.entity';

/** One CPD activity a member records (seed 000: 持续职业发展活动记录表): it counts in the year it ended. */
@Entity({ tableName: 'cpd_activity' })
@Index({ properties: ['registration', 'endedOn'] })
export class CpdActivity extends MemberRecord {
  [OptionalProps]?: 'createdAt';

  @Enum({ items: () => CpdActivityKind, nativeEnumName: 'cpd_activity_kind' })
  kind!: CpdActivityKind;

  @Property({ type: 'text' })
  title!: string;

  /** Who ran it (a society, a university, an employer's academy…); none for self-study. */
  @Property({ type: 'text', nullable: true })
  provider?: string;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date' })
  endedOn!: string;

  /** 学时 (whole hours, as T/CAS 919 counts them). */
  @Property({ type: 'integer' })
  hours!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
