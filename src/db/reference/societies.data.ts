/** The 14 societies the federation has authorized (DOMAIN.md §2, seed 000 contact list). */
export interface SocietySeed { code: string; nameZh: string; nameEn: string; fieldCodes: string[] }

export const SOCIETY_SEEDS: readonly SocietySeed[] = [
  { code: 'CCES', nameZh: '中国土木工程学会', nameEn: 'China Civil Engineering Society', fieldCodes: ['CIVIL'] },
  { code: 'CSEE', nameZh: '中国电机工程学会', nameEn: 'Chinese Society for Electrical Engineering', fieldCodes: ['ELECTRICAL'] },
  { code: 'CES', nameZh: '中国电工技术学会', nameEn: 'China Electrotechnical Society', fieldCodes: ['ELECTRICAL'] },
  { code: 'CMES', nameZh: '中国机械工程学会', nameEn: 'Chinese Mechanical Engineering Society', fieldCodes: ['MECHANICAL'] },
  { code: 'CHES', nameZh: '中国水利学会', nameEn: 'Chinese Hydraulic Engineering Society', fieldCodes: ['HYDRAULIC'] },
  { code: 'CSHE', nameZh: '中国水力发电工程学会', nameEn: 'China Society for Hydropower Engineering', fieldCodes: ['HYDRAULIC'] },
  { code: 'CHINCOLD', nameZh: '中国大坝工程学会', nameEn: 'Chinese National Committee on Large Dams', fieldCodes: ['HYDRAULIC'] },
  { code: 'CIC', nameZh: '中国通信学会', nameEn: 'China Institute of Communications', fieldCodes: ['ICT'] },
  { code: 'CSAE', nameZh: '中国汽车工程学会', nameEn: 'China Society of Automotive Engineers', fieldCodes: ['AUTOMOTIVE'] },
  { code: 'CIESC', nameZh: '中国化工学会', nameEn: 'Chemical Industry and Engineering Society of China', fieldCodes: ['CHEMICAL'] },
  { code: 'GSC', nameZh: '中国地质学会', nameEn: 'Geological Society of China', fieldCodes: ['GEOLOGICAL'] },
  { code: 'ASC', nameZh: '中国建筑学会', nameEn: 'Architectural Society of China', fieldCodes: ['ARCHITECTURAL'] },
  { code: 'CAR', nameZh: '中国制冷学会', nameEn: 'Chinese Association of Refrigeration', fieldCodes: ['ARCHITECTURAL'] },
  { code: 'CHSLA', nameZh: '中国风景园林学会', nameEn: 'Chinese Society of Landscape Architecture', fieldCodes: ['LANDSCAPE'] },
];
