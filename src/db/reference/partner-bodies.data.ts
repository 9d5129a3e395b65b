/** A partner body as seeded. */
export interface PartnerBodySeed {
  code: string;
  nameZh: string;
  nameEn: string;
  jurisdictionZh: string;
  jurisdictionEn: string;
}

/** Seed 002: 联合体已与缅甸工程理事会、新加坡工程师学会、马来西亚工程师学会、香港工程师学会实现工程师互认. */
export const PARTNER_BODY_SEEDS: readonly PartnerBodySeed[] = [
  { code: 'MEC', nameZh: '缅甸工程理事会', nameEn: 'Myanmar Engineering Council', jurisdictionZh: '缅甸', jurisdictionEn: 'Myanmar' },
  { code: 'IES', nameZh: '新加坡工程师学会', nameEn: 'The Institution of Engineers, Singapore', jurisdictionZh: '新加坡', jurisdictionEn: 'Singapore' },
  { code: 'IEM', nameZh: '马来西亚工程师学会', nameEn: 'The Institution of Engineers, Malaysia', jurisdictionZh: '马来西亚', jurisdictionEn: 'Malaysia' },
  { code: 'HKIE', nameZh: '香港工程师学会', nameEn: 'The Hong Kong Institution of Engineers', jurisdictionZh: '中国香港', jurisdictionEn: 'Hong Kong, China' },
];
