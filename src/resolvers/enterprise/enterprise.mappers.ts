import type { Enterprise, RecommendationCode, RecommendationRight, RecommendingUnitForm } from '../../entities';
import type { PreApplicationRow, RecommendationCodeRow } from '../../enterprise/enterprise-reads';
import type { ReviewingSociety } from '../../enterprise/recommending-unit-form';
import { EnterpriseType } from '../accounts/account.types';
import {
  PreApplicationObject, RecommendationCodeObject, RecommendationCodeStatus, RecommendationRightObject, RecommendingUnitFormObject, RecommendeeObject,
} from './enterprise.types';

/** Enterprise entity → GraphQL object. */
export function toEnterpriseObject(enterprise: Pick<Enterprise, 'id' | 'name'>): EnterpriseType {
  return Object.assign(new EnterpriseType(), { id: enterprise.id, name: enterprise.name });
}

/** Form entity → GraphQL object, with the facts its read policy needs (the societies that review it). */
export function toFormObject(form: RecommendingUnitForm, enterprise: Pick<Enterprise, 'id' | 'name'>, reviewing: readonly ReviewingSociety[]): RecommendingUnitFormObject {
  return Object.assign(new RecommendingUnitFormObject(), {
    channelFacts: { enterpriseId: enterprise.id, reviewingSocietyIds: reviewing.map((society) => society.id) },
    sentToSocietyCodes: reviewing.filter((society) => society.sentTo).map((society) => society.code), id: form.id, enterprise: toEnterpriseObject(enterprise), contactName: form.contactName,
    contactPhone: form.contactPhone, engineersPerBatch: form.engineersPerBatch, overseasProjects: form.overseasProjects,
    plannedProjects: form.plannedProjects, submittedAt: form.submittedAt, version: form.version,
  });
}

/** Right entity (field and society loaded) → GraphQL object. */
export function toRightObject(right: RecommendationRight): RecommendationRightObject {
  return Object.assign(new RecommendationRightObject(), {
    channelFacts: { enterpriseId: right.enterprise.id, societyId: right.society.id }, id: right.id, societyCode: right.society.code,
    fieldCode: right.field.code, openedAt: right.openedAt, withdrawnAt: right.withdrawnAt ?? null, withdrawalReason: right.withdrawalReason ?? null,
  });
}

function codeStatus(code: { revokedAt?: Date | null; redeemedAt?: Date | null; expiresAt: Date }, now: Date): RecommendationCodeStatus {
  if (code.redeemedAt) return RecommendationCodeStatus.REDEEMED;
  if (code.revokedAt) return RecommendationCodeStatus.REVOKED;
  return code.expiresAt <= now ? RecommendationCodeStatus.EXPIRED : RecommendationCodeStatus.ACTIVE;
}

/** A listed code → GraphQL object (never the code). */
export function toCodeObject(row: RecommendationCodeRow, now: Date): RecommendationCodeObject {
  return Object.assign(new RecommendationCodeObject(), { ...row, code: null, status: codeStatus(row, now) });
}

/** A code just assigned (field, grade and society loaded) → GraphQL object with the code in clear, this once. */
export function toAssignedCodeObject(code: RecommendationCode, plainCode: string, now: Date): RecommendationCodeObject {
  return Object.assign(new RecommendationCodeObject(), {
    id: code.id, code: plainCode, batchId: code.batchId, societyCode: code.society.code, fieldCode: code.field.code, gradeCode: code.grade.code,
    engineerName: code.engineerName, engineerContact: code.engineerContact, currentLocation: code.currentLocation,
    experienceSummary: code.experienceSummary, overseasProject: code.overseasProject, createdAt: code.createdAt, expiresAt: code.expiresAt,
    status: codeStatus(code, now),
  });
}

/** A listed pre-application → GraphQL object. */
export function toPreApplicationObject(row: PreApplicationRow): PreApplicationObject {
  return Object.assign(new PreApplicationObject(), {
    ...row,
    channelFacts: { societyId: row.societyId, applicantId: row.applicantId, enterpriseId: row.enterpriseId },
    enterprise: row.enterpriseId ? toEnterpriseObject({ id: row.enterpriseId, name: row.enterpriseName ?? '' }) : null,
    round: row.roundName ? { name: row.roundName, closesOn: row.roundClosesOn! } : null,
  });
}

/** A listed pre-application → the enterprise's view of its recommendee (the application is added by the caller). */
export function toRecommendeeObject(row: PreApplicationRow): RecommendeeObject {
  return Object.assign(new RecommendeeObject(), {
    preApplicationId: row.id, name: row.name, societyCode: row.societyCode, fieldCode: row.fieldCode, gradeCode: row.gradeCode,
    preApplicationStatus: row.status, preApplicationSubmittedAt: row.createdAt, screenedAt: row.screenedAt,
    round: row.roundName ? { name: row.roundName, closesOn: row.roundClosesOn! } : null, application: null,
  });
}
