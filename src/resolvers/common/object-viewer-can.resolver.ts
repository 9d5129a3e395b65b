import { Ctx, FieldResolver, registerEnumType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../http/request-context';
import { objectActions, objectViewerCan } from '../../policies/object-actions';
import type { PlatformAction } from '../../policies/platform.policy';
import type { ScopeObjectType } from '../../policies/scope-action';
import { chinaToday } from '../../workflow/working-day-calendar';
import { PublicNoticeType } from '../applications/public-notice.resolver';
import { ComplaintType } from '../complaints/complaint.types';
import { CpdActivityType, CpdAuditType } from '../cpd/cpd.types';
import { ExaminerType } from '../examiners/examiner.types';
import { RecognitionReferralType } from '../mutual-recognition/mutual-recognition.resolver';
import { SocietyType } from '../reference/reference.types';

/** The enum of an object type's actions (`<Type>Action`), generated from the scope tables' rows `on` it. */
function actionEnum(type: ScopeObjectType): Record<string, PlatformAction> {
  const values = Object.fromEntries(objectActions(type).map((action) => [action, action])) as Record<string, PlatformAction>;
  registerEnumType(values, { name: `${type}Action`, description: `What one can do with a ${type} (its viewerCan): the mutations taking it, by name` });
  return values;
}

const SocietyAction = actionEnum('Society');
const ExaminerAction = actionEnum('Examiner');
const PublicNoticeAction = actionEnum('PublicNotice');
const ComplaintAction = actionEnum('Complaint');
const CpdActivityAction = actionEnum('CpdActivity');
const CpdAuditAction = actionEnum('CpdAudit');
const RecognitionReferralAction = actionEnum('RecognitionReferral');

/** viewerCan of a society: its rows of the society table the viewer may take on it now. */
@Resolver(() => SocietyType)
export class SocietyViewerCanResolver {
  /** The actions the viewer may take on the society now. */
  @FieldResolver(() => [SocietyAction], { nullable: true })
  viewerCan(@Root() society: SocietyType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'Society', { id: society.id, status: society.status });
  }
}

/** viewerCan of an examiner of the roster. */
@Resolver(() => ExaminerType)
export class ExaminerViewerCanResolver {
  /** The actions the viewer may take on the examiner now. */
  @FieldResolver(() => [ExaminerAction], { nullable: true })
  viewerCan(@Root() examiner: ExaminerType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'Examiner', { societyId: examiner.societyId });
  }
}

/** viewerCan of a public notice. */
@Resolver(() => PublicNoticeType)
export class PublicNoticeViewerCanResolver {
  /** The actions the viewer may take on the notice now (closing it; objecting while it runs). */
  @FieldResolver(() => [PublicNoticeAction], { nullable: true })
  viewerCan(@Root() notice: PublicNoticeType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'PublicNotice', {
      societyId: notice.societyId, closed: notice.closedAt != null, startsOn: notice.startsOn, endsOn: notice.endsOn, today: chinaToday(ctx.clock()),
    });
  }
}

/** viewerCan of a complaint. */
@Resolver(() => ComplaintType)
export class ComplaintViewerCanResolver {
  /** The actions the viewer may take on the complaint now (handle it; escalate it once told the result). */
  @FieldResolver(() => [ComplaintAction], { nullable: true })
  viewerCan(@Root() complaint: ComplaintType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'Complaint', complaint.complaintFacts);
  }
}

/** viewerCan of a CPD activity. */
@Resolver(() => CpdActivityType)
export class CpdActivityViewerCanResolver {
  /** The actions the viewer may take on the activity now (the member's evidence). */
  @FieldResolver(() => [CpdActivityAction], { nullable: true })
  viewerCan(@Root() activity: CpdActivityType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'CpdActivity', { societyId: activity.societyId, memberId: activity.memberId });
  }
}

/** viewerCan of a CPD audit. */
@Resolver(() => CpdAuditType)
export class CpdAuditViewerCanResolver {
  /** The actions the viewer may take on the audit now (the member answers; staff decide). */
  @FieldResolver(() => [CpdAuditAction], { nullable: true })
  viewerCan(@Root() audit: CpdAuditType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'CpdAudit', { societyId: audit.societyId, memberId: audit.memberId, status: audit.status });
  }
}

/** viewerCan of a mutual-recognition referral. */
@Resolver(() => RecognitionReferralType)
export class RecognitionReferralViewerCanResolver {
  /** The actions the viewer may take on the referral now (record the partner body's answer while it is awaited). */
  @FieldResolver(() => [RecognitionReferralAction], { nullable: true })
  viewerCan(@Root() referral: RecognitionReferralType, @Ctx() ctx: RequestContext): PlatformAction[] {
    return objectViewerCan(ctx, 'RecognitionReferral', { societyId: referral.societyId, memberId: referral.memberId, status: referral.status });
  }
}
