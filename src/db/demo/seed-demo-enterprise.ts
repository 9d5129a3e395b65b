import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Account, EngineeringField, Enterprise, Grade, PreApplication, RecommendationCode, RecommendationRight, RecommendingUnitForm, RecommendingUnitFormRecipient, Society } from '../../entities';
import { ApplicationChannel, OverseasProjectStatus, OverseasProjectType } from '../../entities/enums';
import { normalizeRecommendationCode, recommendationCodeDigest } from '../../enterprise/recommendation-code-format';
import { DEMO_RECOMMENDATION_CODES } from './demo-world.data';

const PROJECT = '缅甸皎漂燃气电站';

/**
 * The recommender's demo world: the reviewed form, CSEE's right for ELECTRICAL, two codes (one open, one redeemed)
 * and the redeemed code's pre-application awaiting screening. Runs as the owner; a second run changes nothing.
 */
export async function seedDemoEnterpriseChannel(em: EntityManager, enterprise: Enterprise): Promise<void> {
  if (await em.count(RecommendingUnitForm, { enterprise })) return;
  const now = new Date();
  const recommender = await em.findOneOrFail(Account, { email: 'recommender@powerchina.demo' });
  const staff = await em.findOneOrFail(Account, { email: 'staff@csee.demo' });
  const engineer = await em.findOneOrFail(Account, { email: 'engineer@powerchina.demo' });
  const society = await em.findOneOrFail(Society, { code: 'CSEE' });
  const field = await em.findOneOrFail(EngineeringField, { code: 'ELECTRICAL' });
  const grade = await em.findOneOrFail(Grade, { ladder: 'GENERAL', code: 'PROFESSIONAL' });
  em.create(RecommendingUnitForm, {
    enterprise, contactName: '孙丽', contactPhone: '13700000000', engineersPerBatch: 20, submittedAt: now, submittedBy: recommender,
    overseasProjects: [{
      name: PROJECT, countryOrRegion: '缅甸', type: OverseasProjectType.CONTRACTING, status: OverseasProjectStatus.UNDER_CONSTRUCTION,
      chineseEngineersAbroad: 46, foreignEngineersHired: 180, meetingProfessionalBasics: 28,
    }],
    plannedProjects: [{ name: '新加坡裕廊岛储能电站', countryOrRegion: '新加坡' }],
  });
  // Sent to CSEE, whose staff reviewed it and opened the right.
  em.create(RecommendingUnitFormRecipient, { enterprise, society, submittedAt: now, submittedBy: recommender });
  em.create(RecommendationRight, { society, enterprise, field, openedAt: now, openedBy: staff });
  const batchId = randomUUID();
  const code = (plain: string, engineerName: string) => em.create(RecommendationCode, {
    enterprise, society, field, grade, batchId, codeDigest: recommendationCodeDigest(normalizeRecommendationCode(plain)), engineerName,
    engineerContact: '13800000000', currentLocation: '缅甸', experienceSummary: `参与${PROJECT}建设，负责电气设计与调试。`, overseasProject: PROJECT,
    createdAt: now, createdBy: recommender, expiresAt: new Date(now.getTime() + society.recommendationCodeValidDays * 86_400_000),
  });
  code(DEMO_RECOMMENDATION_CODES.open, '罗海峰');
  const redeemed = code(DEMO_RECOMMENDATION_CODES.redeemed, '何志远');
  Object.assign(redeemed, { redeemedAt: now, redeemedBy: engineer });
  em.create(PreApplication, {
    society, applicant: engineer, channel: ApplicationChannel.ENTERPRISE, enterprise, recommendationCode: redeemed, field, grade,
    name: '何志远', contact: '13800000000', currentLocation: '缅甸', experienceSummary: redeemed.experienceSummary, overseasProject: PROJECT, createdAt: now,
  });
  await em.flush();
}
