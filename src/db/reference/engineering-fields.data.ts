/** Engineering fields and their specialties (DOMAIN.md §3; seed 002 Attachment 1; CHEMICAL from seed 000). */
export interface SpecialtySeed { code: string; nameZh: string; nameEn: string; scopeZh: string }
export interface EngineeringFieldSeed { code: string; nameZh: string; nameEn: string; specialties: SpecialtySeed[] }

export const ENGINEERING_FIELD_SEEDS: readonly EngineeringFieldSeed[] = [
  {
    code: 'CIVIL',
    nameZh: '土木工程类',
    nameEn: 'Civil Engineering',
    specialties: [
      {
        code: 'STRUCTURAL',
        nameZh: '结构工程',
        nameEn: 'Structural Engineering',
        scopeZh: '包括房屋建筑工程、桥梁工程、隧道工程、铁路与轨道工程、水利水电工程及其他结构工程。',
      },
      {
        code: 'GEOTECHNICAL',
        nameZh: '岩土工程',
        nameEn: 'Geotechnical Engineering',
        scopeZh: '包括基础工程、地质工程、边坡支护工程、基坑工程及其他岩土工程。',
      },
      {
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括给排水工程、燃气热力工程、道路工程、交通工程、土木工程管理及其他相关工程。',
      },
    ],
  },
  {
    code: 'ELECTRICAL',
    nameZh: '电气工程类',
    nameEn: 'Electrical Engineering',
    specialties: [
      {
        code: 'POWER_SYSTEM_AUTOMATION',
        nameZh: '电力系统及其自动化专业',
        nameEn: 'Power Systems and Automation',
        scopeZh: '包括电力系统规划、电力系统运行与分析、电力系统自动化、继电保护及安全自动装置、电力信息化、电力系统通信、设施设备及其它与电力系统及其自动化有关的专业。',
      },
      {
        code: 'TRANSMISSION_DISTRIBUTION_UTILIZATION',
        nameZh: '输配电及用电工程专业',
        nameEn: 'Power Transmission, Distribution and Utilization',
        scopeZh: '包括高电压与绝缘技术、直流输电、智能电网、电力电子技术、发电机、电动机、变压器、高低压电器设备、输电线路和变电站、电网环保、配电与用电系统及控制、电气测量技术、电能质量管理、设施设备及其它与输配电及用电工程有关的专业。',
      },
      {
        code: 'RAIL_TRANSIT_ELECTRIFICATION',
        nameZh: '轨道交通电气化专业',
        nameEn: 'Rail Transit Electrification',
        scopeZh: '包括牵引供电系统、电力电子与电能变换技术、接触网技术、电力牵引与电气传动控制、网络控制、设施设备及其他与轨道交通电气化有关的专业。',
      },
      {
        code: 'ENERGY_POWER',
        nameZh: '能源动力工程专业',
        nameEn: 'Energy and Power Engineering',
        scopeZh: '包括涉及火力、水力、地热、潮汐能和核能、光伏光热、风能、生物能等新能源发电及其它形式发电各领域的锅炉、汽（水）轮机、燃气轮机、风机、光伏板、聚热/储热设施、电站信息化、热工过程控制及其仪表、测试、供热与制冷、电站建筑与安装、物料输送、金属结构与焊接、水力机械、电厂化学、电站环保、电厂劳动保护、水能利用(含水库)、工程地质、水文泥沙和光伏光热、风能发电等发电形式相关技术、设施设备及其它与能源动力工程有关的专业。',
      },
      {
        code: 'ELECTRONIC_INFORMATION',
        nameZh: '电子信息工程专业',
        nameEn: 'Electronic Information Engineering',
        scopeZh: '包括电路、模拟电子技术、数字电子技术、计算机技术、信息理论与编码、信号与系统、通信技术、数字信号处理、电磁场、自动控制、感测技术、智能方法、应用数学、数据挖掘等与电子信息工程有关的专业。',
      },
      {
        code: 'AUTOMATION',
        nameZh: '自动化工程专业',
        nameEn: 'Automation Engineering',
        scopeZh: '包括自动控制系统、检测技术与自动化装置、自动化仪表、系统工程、系统仿真、网络工程、机器人工程、智能感知、信号分析、图像处理与模式识别、智能科学与技术等自动化工程专业类有关的专业。',
      },
      {
        // seed 002 lists 其他 without scope text; short description supplied
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括其它与电气工程类有关的专业。',
      },
    ],
  },
  {
    code: 'MECHANICAL',
    nameZh: '机械工程类',
    nameEn: 'Mechanical Engineering',
    specialties: [
      {
        code: 'MECHANICAL_DESIGN_MANUFACTURING_AUTOMATION',
        nameZh: '机械设计制造及其自动化',
        nameEn: 'Mechanical Design, Manufacturing and Automation',
        scopeZh: '包括机械设计、机械制造、自动控制、智能制造、机器人等与机械设计制造及其自动化相关的专业技术领域。',
      },
      {
        code: 'MATERIAL_FORMING_CONTROL',
        nameZh: '材料成型及控制',
        nameEn: 'Material Forming and Control',
        scopeZh: '包括模具设计、铸造、材料成形与改性（含锻压、热处理、表面工程等）、焊接、增材制造等与材料成型及控制相关的专业技术领域。',
      },
      {
        code: 'MECHANICAL_PRODUCTS_EQUIPMENT',
        nameZh: '机械产品与设备',
        nameEn: 'Mechanical Products and Equipment',
        scopeZh: '包括设备、医学设备管理、特种设备管理和应用、船舶等与机械产品与设备相关的专业技术领域。',
      },
      {
        code: 'PRODUCTION_OPERATIONS_MANAGEMENT',
        nameZh: '生产运营与管理',
        nameEn: 'Production Operations and Management',
        scopeZh: '包括物流、工业工程、供应链等与生产运营与管理相关的专业技术领域。',
      },
      {
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括与机械相关的其他专业技术领域。',
      },
    ],
  },
  {
    code: 'HYDRAULIC',
    nameZh: '水利水电工程类',
    nameEn: 'Hydraulic and Hydropower Engineering',
    specialties: [
      {
        code: 'HYDRO_JUNCTION',
        nameZh: '枢纽工程',
        nameEn: 'Hydro-junction Projects',
        scopeZh: '包括挡水工程、泄洪工程、引水工程、发电厂工程、升压变电站工程、航运工程、鱼道工程、交通工程、房屋建筑工程。',
      },
      {
        code: 'RIVER_REGULATION',
        nameZh: '河道治理工程',
        nameEn: 'River Regulation',
        scopeZh: '包括河道疏浚工程、护岸工程、截污工程、引水净化工程、水生态系统修复工程等。',
      },
      {
        code: 'LEVEE',
        nameZh: '堤防工程',
        nameEn: 'Levees and Dikes',
        scopeZh: '包括江河堤防、海岸堤防和水库堤防。',
      },
      {
        code: 'WATER_DIVERSION_CANAL',
        nameZh: '引水（渠道）工程',
        nameEn: 'Water Diversion (Canal) Projects',
        scopeZh: '包括灌溉引水工程、城市供水引水工程、跨流域调水工程、水力发电引水工程。',
      },
      {
        code: 'RISK_REMOVAL_REINFORCEMENT',
        nameZh: '除险加固工程',
        nameEn: 'Risk Removal and Reinforcement',
        scopeZh: '包括大坝防渗加固、坝体加固、溢洪道加固、放水设施改造及下游坝坡防护等。',
      },
      {
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括抽水蓄能工程、水生态保护与治理工程、大坝建造工程、工程安全监测、边坡支护工程、地基处理工程、隧道工程、农田水利工程、水工结构工程、水力机械工程、防洪抗旱工程、水利信息化工程等。',
      },
    ],
  },
  {
    code: 'ICT',
    nameZh: '信息通信工程类',
    nameEn: 'Information and Communication Engineering',
    specialties: [
      {
        code: 'ICT_LINES_PIPELINES',
        nameZh: '信息通信管线专业',
        nameEn: 'ICT Lines and Ducts',
        scopeZh: '包括但不限于通信管道、综合管廊、通道工程及其分支专业；架空、直埋、管道、海缆等光（电）缆线路工程及其分支专业。',
      },
      {
        code: 'ICT_NETWORK',
        nameZh: '信息通信网络专业',
        nameEn: 'ICT Networks',
        scopeZh: '包括但不限于有线传输网络及设备、无线网络及设备、核心交换网络及设备、信息通信网络数字化信息技术基础设施等工程及其分支专业。',
      },
      {
        code: 'ICT_SITE_SUPPORTING_FACILITIES',
        nameZh: '信息通信局站配套专业',
        nameEn: 'ICT Site Supporting Facilities',
        scopeZh: '包括但不限于信息通信建筑及机房、信息通信设备动力（电源）、信息通信设备环境（暖通、空调、防雷接地）、信息通信设备机柜、信息通信塔桅、一体化信息通信设备机柜、时间同步网、时钟同步网等工程及其分支专业。',
      },
      {
        code: 'ICT_NETWORK_OPERATION_APPLICATION',
        nameZh: '信息通信网络运营与应用专业',
        nameEn: 'ICT Network Operation and Application',
        scopeZh: '包括但不限于信息通信网络运行维护管理、信息通信网络客户信息管理、信息通信应用、信息通信网络运营与应用数字化信息技术基础设施等工程及其分支专业。',
      },
      {
        // seed 002 lists 其他 without scope text; short description supplied
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括但不限于其他信息通信工程及其分支专业。',
      },
    ],
  },
  {
    code: 'AUTOMOTIVE',
    nameZh: '汽车工程类',
    nameEn: 'Automotive Engineering',
    specialties: [
      {
        code: 'STYLING_DESIGN',
        nameZh: '汽车造型设计工程',
        nameEn: 'Automotive Styling Design Engineering',
        scopeZh: '包括但不限于从事汽车及零部件造型设计的技术技能人员，包括但不限于外观造型、内饰造型、CMF、人机工程等。',
      },
      {
        // not in seed 002; name and scope from seed 003 §4.2.2
        code: 'MATERIALS',
        nameZh: '汽车材料工程',
        nameEn: 'Automotive Materials Engineering',
        scopeZh: '适用于汽车及零部件相关材料研究应用岗位技术技能人员，包括但不限于金属材料、非金属材料、燃料及润滑油等的应用研究、开发、分析及防腐蚀、防老化技术的研究等。',
      },
      {
        code: 'RESEARCH_DEVELOPMENT',
        nameZh: '汽车研发工程',
        nameEn: 'Automotive R&D Engineering',
        scopeZh: '包括但不限于从事汽车及零部件产品研发的技术技能人员，包括但不限于车身、内外饰、底盘、电器、总体、动力、新能源三大电（电机、电控、电池）、智能网联（智能座舱、自动驾驶、网联通信）、碰撞安全、NVH、底盘动力、疲劳耐久、EMC等。',
      },
      {
        code: 'MANUFACTURING',
        nameZh: '汽车制造工程',
        nameEn: 'Automotive Manufacturing Engineering',
        scopeZh: '包括但不限于从事汽车及零部件制造的技术技能人员，包括但不限于工艺（成形工艺、连接工艺、涂装工艺、装配工艺、模具设计及制造工艺、尺寸工程工艺、机加工艺、特种工艺）、设备运维、在线检测技术、数字化技术、机器人技术、智能化管理系统（MES、工业软件）、精益生产管理、金属材料开发与应用、非金属材料（含VOC等）开发与应用、车用油品开发与应用、材料检测与失效分析、防腐老化材料与工艺研究等。',
      },
      {
        code: 'MANAGEMENT',
        nameZh: '汽车管理工程',
        nameEn: 'Automotive Management Engineering',
        scopeZh: '包括但不限于从事汽车及零部件技术管理的技术技能人员，包括但不限于企业规划、产品策划、产品立项、项目管理、产品管理、标准化、标准、供应商管理、供应链管理、采购、研发质量管理、制造质量管理、售后质量改进、物流管理等。',
      },
      {
        code: 'TESTING_EVALUATION',
        nameZh: '汽车测试评价工程',
        nameEn: 'Automotive Testing and Evaluation Engineering',
        scopeZh: '包括但不限于从事汽车及零部件测试技术技能人员，包括但不限于产品质量评价、性能评价（含机动车安全技术检验、动力性、燃油经济性、制动性、操控稳定性、平顺性以及通过性）、试验策划、整车性能试验、整车可靠性试验、系统试验、零部件试验等。',
      },
      {
        code: 'MARKETING',
        nameZh: '汽车营销工程',
        nameEn: 'Automotive Marketing Engineering',
        scopeZh: '包括但不限于从事汽车及零部件营销服务的技术技能人员，包括但不限于市场调研、产品营销、营销策划、汽车置换、配件及用品营销等。',
      },
      {
        code: 'DIAGNOSTICS',
        nameZh: '汽车诊断工程',
        nameEn: 'Automotive Diagnostics Engineering',
        scopeZh: '包括但不限于从事汽车及零部件售后诊断维修服务的技术技能人员，包括但不限于车身维修、底盘维修、电器维修、新能源维修等。',
      },
    ],
  },
  {
    code: 'GEOLOGICAL',
    nameZh: '地质工程类',
    nameEn: 'Geological Engineering',
    specialties: [
      {
        code: 'GEOLOGICAL_EXPLORATION',
        nameZh: '地质勘探工程',
        nameEn: 'Geological Exploration Engineering',
        scopeZh: '包括区域地质调查、海洋地质、工程地质、地质工程、岩土工程、水文地质、环境地质勘查、地质灾害防治、地基基础工程、矿产勘查、地球物理、地球化学、分析测试、钻探技术、信息技术等。',
      },
      {
        code: 'SURVEYING_GEOINFORMATION',
        nameZh: '测绘和地理信息工程',
        nameEn: 'Surveying, Mapping and Geoinformation Engineering',
        scopeZh: '包括工程测量、测绘工程、测绘地理信息、摄影测量和遥感、地理信息系统工程、地图编制、无人机测绘、矿山测量等。',
      },
      {
        code: 'MINING',
        nameZh: '矿山工程',
        nameEn: 'Mining Engineering',
        scopeZh: '包括采矿工程、矿物加工工程、安全技术及工程、矿山机电、边坡工程、矿山生态环境评价、生态修复技术等。',
      },
      {
        code: 'PETROLEUM_NATURAL_GAS',
        nameZh: '石油天然气工程',
        nameEn: 'Petroleum and Natural Gas Engineering',
        scopeZh: '包括石油勘探、天然气勘探、海洋油气勘探、油气开采、煤层气勘探开发、地热勘探开发等。',
      },
      {
        code: 'OTHER',
        nameZh: '其它',
        nameEn: 'Other',
        scopeZh: '包括工程管理、工程监理、工程咨询等与地质工程类相关的专业。',
      },
    ],
  },
  {
    code: 'ARCHITECTURAL',
    nameZh: '建筑工程类',
    nameEn: 'Architectural Engineering',
    specialties: [
      {
        code: 'BUILDING_STRUCTURE',
        nameZh: '建筑结构',
        nameEn: 'Building Structures',
        scopeZh: '包括工业与民用建筑等与结构工程相关的专业领域。',
      },
      {
        code: 'BUILDING_WATER_SUPPLY_DRAINAGE',
        nameZh: '建筑给水排水',
        nameEn: 'Building Water Supply and Drainage',
        scopeZh: '包括建筑与市政、乡镇、小区范围内的给水、中水、热水、污废水、雨水工程及其他相关管线及设施的专业领域。',
      },
      {
        code: 'BUILDING_ELECTRICAL_INTELLIGENT',
        nameZh: '建筑电气与智能化',
        nameEn: 'Building Electrical and Intelligent Systems',
        scopeZh: '包括建筑电气、电气工程、自动化、智能控制、电子信息工程、通信工程、信息科学与技术、光源与照明、可再生能源发电、储能等与建筑电气与智能化相关的专业领域。',
      },
      {
        code: 'HVAC',
        nameZh: '暖通空调',
        nameEn: 'Heating, Ventilation and Air Conditioning',
        scopeZh: '包括房屋和城镇基础设施的供热、供冷、通风、空调、净化、区域能源供热供冷、可再生能源供热供冷及其他人工环境的专业领域。',
      },
      {
        code: 'REFRIGERATION_COLD_STORAGE',
        nameZh: '冷冻冷藏',
        nameEn: 'Refrigeration and Cold Storage',
        scopeZh: '包括冷库设施、冰雪场馆制冷及食品冷冻加工制冷等专业领域。',
      },
      {
        code: 'INTERIOR_DESIGN',
        nameZh: '室内设计',
        nameEn: 'Interior Design',
        scopeZh: '包括建筑空间的室内环境、展览陈设、平面标识及其他相关的专业领域。',
      },
    ],
  },
  {
    code: 'INSTRUMENTATION',
    nameZh: '测量控制与仪器仪表类',
    nameEn: 'Measurement, Control and Instrumentation',
    specialties: [
      {
        code: 'INSTRUMENT_TECHNOLOGY',
        nameZh: '仪器仪表技术',
        nameEn: 'Instrument Technology',
        scopeZh: '包括工业自动化测控技术及工业自动化仪表与系统；科学测试、分析技术及科学仪器；人体诊疗技术及医疗仪器；信息计测技术及电测仪器(主要是电子测量仪器和电工测量仪器，包括仪表校验装置和计量基准)；专用检测技术及各类专用测量仪器；相关传感器、元器件、材料及技术等。',
      },
      {
        code: 'MEASUREMENT_CONTROL_SYSTEM_INTEGRATION',
        nameZh: '测控系统集成应用',
        nameEn: 'Measurement and Control System Integration',
        scopeZh: '包括应用先进的测量控制技术与仪器仪表进行新产品的系统集成与创新行业应用，如网络化测控平台与信息系统、智能高端装备与装置等集成应用。',
      },
      {
        code: 'MODERN_TESTING_TECHNOLOGY',
        nameZh: '现代测试技术',
        nameEn: 'Modern Testing Technology',
        scopeZh: '包括应用先进的光电、精密机械、电子、化学、生物、量子、人工智能等的现代测试与计量工程技术。',
      },
    ],
  },
  {
    code: 'LANDSCAPE',
    nameZh: '风景园林类',
    nameEn: 'Landscape Architecture',
    specialties: [
      {
        code: 'LANDSCAPE_PLANNING_DESIGN',
        nameZh: '风景园林规划设计',
        nameEn: 'Landscape Planning and Design',
        scopeZh: '包括各类公园、绿地、景区、公共空间、保护地、遗产地等的规划和设计；绿地系统、公园体系等的规划；生态修复规划和设计等。',
      },
      {
        code: 'LANDSCAPE_CONSTRUCTION',
        nameZh: '风景园林工程营造',
        nameEn: 'Landscape Engineering Construction',
        scopeZh: '包括各类公园、绿地、景区、公共空间的工程施工和管理；保护地、遗产地保护工程施工和管理；生态修复工程施工和管理等。',
      },
      {
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括与规划设计和工程施工相关的技术研发；各类公园、绿地、景区、公共空间等的运维管理等。',
      },
    ],
  },
  {
    code: 'COMPUTING',
    nameZh: '计算机与应用类',
    nameEn: 'Computing and Applications',
    specialties: [
      {
        code: 'COMPUTING_APPLICATIONS',
        nameZh: '计算机与应用类',
        nameEn: 'Computing and Applications',
        scopeZh: '包括但不限于计算机工程、软件工程、网络工程、嵌入式系统与物联网工程、信息与系统安全工程、大数据与智能应用工程等相关专业。',
      },
    ],
  },
  {
    code: 'ECO_ENVIRONMENTAL',
    nameZh: '生态环境工程类',
    nameEn: 'Eco-environmental Engineering',
    specialties: [
      {
        code: 'ENVIRONMENTAL_SCIENCE_ENGINEERING',
        nameZh: '环境科学与工程类专业',
        nameEn: 'Environmental Science and Engineering',
        scopeZh: '包括但不限于从事环境污染防治技术、工艺与工程设计、环境评价和管理、减污降碳、资源循环利用、生态环境保护与修复、环保设备设计与制造、水质工程研发及设计等的环境工程、环境科学、环境科学与工程、环境生态工程、环保设备工程、资源环境科学、水质科学与技术等的专业人员。',
      },
      {
        code: 'CHEMICAL_ENGINEERING_TECHNOLOGY',
        nameZh: '化学工程与工艺类专业',
        nameEn: 'Chemical Engineering and Technology',
        scopeZh: '包括但不限于从事节能降碳、资源循环利用、废水气固等污染物治理技术开发、工程设计和管理等的专业人员。',
      },
      {
        code: 'MECHATRONICS',
        nameZh: '机械电子类专业',
        nameEn: 'Mechatronics',
        scopeZh: '包括但不限于从事节能降碳、资源循环利用、废水气固等污染物治理和管理等机械设备开发、设计和应用推广等的专业人员。',
      },
      {
        code: 'MUNICIPAL_BUILDING',
        nameZh: '市政建筑类专业',
        nameEn: 'Municipal and Building Engineering',
        scopeZh: '包括但不限于从事节能建筑、绿色工厂、环境污染物治理、暖通和给水排水等设计、规划和管理等的专业人员。',
      },
      {
        code: 'INFORMATION_CONTROL',
        nameZh: '信息控制类专业',
        nameEn: 'Information and Control',
        scopeZh: '包括但不限于从事生态环境监测管控设备开发、信息传输、数据处理和模型建立反馈等信息控制开发、设计和应用推广等的专业人员。',
      },
    ],
  },
  {
    code: 'CHEMICAL',
    nameZh: '化学化工类',
    nameEn: 'Chemistry and Chemical Engineering',
    specialties: [
      {
        // no specialty catalogue in the seeds (seed 000 names only the field); placeholder 其他 with a short description
        code: 'OTHER',
        nameZh: '其他',
        nameEn: 'Other',
        scopeZh: '包括化学化工类工程技术领域的相关专业。',
      },
    ],
  },
];
