import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../http/request-context';
import { calendarOfRequest } from '../../workflow/calendar';
import { ApplicationType } from './application.types';

/** Whether an application's deadlines rest on officially known holidays. */
@Resolver(() => ApplicationType)
export class DeadlineFieldsResolver {
  /** False when the stage deadline crosses a year whose holidays are not known yet; null without a stage deadline. */
  @FieldResolver(() => Boolean, { nullable: true })
  async stageDeadlineCalendarConfirmed(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<boolean | null> {
    if (!application.stageDeadline) return null;
    // Deadlines set before start dates were kept only know their own year.
    const from = application.stageDeadlineStart ?? application.stageDeadline;
    return (await calendarOfRequest(ctx.em)).isSpanConfirmed(from, application.stageDeadline);
  }
}
