import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ComplaintHandler } from './enums';

/** The handling-time target of each handler in working days (no document fixes one: the federation's setting). */
@Entity({ tableName: 'complaint_target' })
export class ComplaintTarget {
  @PrimaryKey()
  @Enum({ items: () => ComplaintHandler, nativeEnumName: 'complaint_handler' })
  handler!: ComplaintHandler;

  @Property({ type: 'integer' })
  workingDays!: number;
}
