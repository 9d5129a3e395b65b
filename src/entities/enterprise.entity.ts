import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** 推荐单位: an enterprise that recommends its engineers (enterprise channel). */
@Entity({ tableName: 'enterprise' })
export class Enterprise {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** 统一社会信用代码. */
  @Property({ type: 'text', unique: true, nullable: true })
  creditCode?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
