import { ManyToOne, PrimaryKey, Entity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Registration } from './registration.entity';
import { Society } from './society.entity';

/** What every row of a member's after-registration record carries: its id, its society (the tenant wall) and the registration. */
@Entity({ abstract: true })
export abstract class MemberRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Registration, { deleteRule: 'restrict' })
  registration!: Registration;
}
