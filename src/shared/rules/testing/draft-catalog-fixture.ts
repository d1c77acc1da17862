/**
 * Test fixture: the tables the starter rules and tests use, with keys, labels and types copied from the
 * draft catalog (src/shared/catalog/draft/status-data-catalog.json).
 * Draft period 'period' is the academic year (A5-1: calendar year). `(A1/A9-1 附)` is A1-X1 as in the built-in catalog; draft keys are lowercased to fit FIELD_KEY_PATTERN.
 * Each table: code, name, period, shape, natural key (comma-separated), fields `key|label|type;…`.
 */
import {
  tableDefSchema,
  type FieldType,
  type PeriodKind,
  type TableDef,
  type TableShape,
} from '../../catalog/catalog-types';

type Row = readonly [string, string, PeriodKind, TableShape, string, string];

const DRAFT: readonly Row[] = [
  [
    'A1',
    '院校基本信息表',
    'point',
    'form',
    '',
    'code|学校标识码|code;name|学校名称(全称)|text;location|所在地区（省、自治区、直辖市）|enum;nameuseddate|当前校名启用日期（年月）|date;buildeddate|建校日期（年月）|date;buildedbase|建校基础|text;creatername|学校举办者—名称(全称)|text;creaternature|学校举办者—性质|enum;creatergrade|学校举办者—级别|enum;grade|学校性质类别|enum;motto|校训|text;address|通信地址|text;postcode|邮政编码|code;web|学校网址|text;iscommunityedudemonstration|社区教育示范校|enum;exampnature|示范性高等职业院校—性质|enum;exampgrade|示范性高等职业院校—级别|enum;exampdepartment|示范性高等职业院校—立项部门|text;exampbuildedtime|示范性高等职业院校—立项日期（年）|integer;estimatefirsttime|评估状态—第一轮—评估日期（年月）|date;estimatesecondresult|评估状态—第二轮—评估结论|enum;estimatenorun|评估状态—未接受评估|enum;contactname|联系人—姓名|text;contactduty|联系人—职务|text;contactphone|联系人—区号-电话号码|text;contactfax|联系人—区号-传真号|text;contactemail|联系人—电子邮箱|text',
  ],
  [
    'A3',
    '基本办学条件表',
    'point',
    'form',
    '',
    'areacovered|占地面积|decimal;acreage|占地面积—绿化用地|decimal;constructionarea|总建筑面积|decimal;schoolbuildingarea|学校产权校舍建筑面积—合计|decimal;schooladdbuilding|其中当年新增校舍|decimal;nonschoolpropertyarea|非学校产权校舍建筑面积|decimal;researchandauxiliary|教学科研及辅助用房|decimal;classroom|其中：教室|decimal;library|其中：图书馆|decimal;laboratoryandpractice|其中：实验室、实习场所|decimal;specialresearch|其中：专用科研用房|decimal;stadium|其中：体育馆|decimal;hall|其中：会堂|decimal;office|行政办公用房|decimal;livingroom|生活用房|decimal;studentdormitory|其中：学生宿舍（公寓）|decimal;studentcanteen|其中：学生食堂|decimal;employeedormitory|其中：教工宿舍（公寓）|decimal;employeecanteen|其中：教工食堂|decimal;welfarehouse|其中：生活福利及附属用房|decimal;facultyresidence|教工住宅|decimal;otherresidence|其他用房|decimal;integratedclassroom|一体化教室|decimal;valueoffixedasset|固定资产—全校总值|decimal;valueofresearchequipment|教学、科研仪器设备—资产总值|decimal;valueofnewresearchequipment|教学、科研仪器设备—当年新增资产值|decimal;numofbook|纸质图书—总册数|decimal;numofnewbook|纸质图书—本学年新增数|decimal;chinesejournal|中文纸质专业期刊|integer;foreignjournal|外文纸质专业期刊|integer;electronicjournal|电子专业期刊|integer;numofreadingroomseat|阅览室座位数|integer;numofcomputer|计算机数—合计|integer;numofteachingcomputer|教学用计算机—合计|integer;numofteachingpad|教学用计算机—平板电脑|integer;numofpubliccomputerroom|机房用计算机—公共机房|integer;numofspecialcomputerroom|机房用计算机—专业机房|integer;numofclassroom|教室—合计|integer;numofmediaroom|教室—网络多媒体教室|integer;exportbandwidth|出口总带宽|decimal;campusnetwork|校园网主干最大带宽|decimal;networkinformationpoint|网络信息点数|integer;accountofmis|管理信息系统数据总量|decimal;emailusercount|电子邮件系统用户数|integer;onlinecoursecount|上网课程数|integer;totaldigitalresource|数字资源量—合计|decimal;electronicbook|数字资源量—电子图书|decimal;multimediacapacity|多媒体教学资源库总容量|decimal;nationallevelresource|国家级职业教育专业教学资源库数量|integer;provincialresource|省级职业教育专业教学资源库数量|integer;allinonecardusage|一卡通使用|enum;wirelesscoverage|无线覆盖情况|enum;mis_type|管理信息系统—类型|enum;mis_name|管理信息系统—系统名称(全称)|text;mis_source|管理信息系统—来源|enum;mis_dev|管理信息系统—开发单位名称(全称)|text',
  ],
  [
    'A4-1',
    '校内实践基地表',
    'point',
    'list',
    '',
    'name|实践基地名称|text;supportdepartment|实训基地项目—立项部门|text;approvaldate|实训基地项目—批准日期（年）|integer;constructionarea|建筑面积|decimal;iscoconstruction|是否校企共建|enum;majorid|面向专业|code;averagetimeperyear|学年内基地使用时间|decimal;equipmentvalue|设备值—设备总值|decimal;newequipmentvalue|设备值—当年新增设备值|decimal;selfdevelopedequvalue|当年设备来源—自主研制设备值|decimal;societydevelopedequvalue|当年设备来源—社会捐赠设备值|decimal;socialdonationequvalue|当年设备来源—社会准捐赠设备值|decimal;equimentcount|设备数—设备总数|integer;largeequimentcount|设备数—大型设备数|integer;numoftrainingproject|实训项目个数|integer;numofprojectname|实训项目名称|text;frequencyofcampus|学年使用频率—校内|integer;frequencyofsociology|学年使用频率—社会|integer;numofworker|工位数|integer;costofconsumptive|原材料(耗材)费用|decimal;costofmaterials|设备维护费用|decimal;fulltimemanagement|专职管理人员|integer;parttimemanagement|兼职管理人员|integer',
  ],
  [
    'A5-1',
    '经费收入表',
    'calendar-year',
    'form',
    '',
    'schoolincome|学校总收入|decimal;tuitiontotal|其中：学费收入—合计|decimal;sfstutype|学费收入—学生类别|text;sfstd|学费—标准|decimal;sfmoney|学费—金额|decimal;financialaidtotal|其中：财政经常性补助收入—合计|decimal;awproname|财政经常性补助—项目名称(全称)|text;awstd|财政经常性补助—补助标准|decimal;awpromoney|财政经常性补助—项目金额|decimal;specialinvestmenttotal|其中：中央、地方财政专项投入—合计|decimal;finproname|财政专项—项目名称(全称)|text;finpromoney|财政专项—项目金额|decimal;socialdonation|其中：社会捐赠金额|decimal;others|其中：其他收入总额|decimal;loanamount|贷款金额|decimal;loanbalance|贷款余额|decimal',
  ],
  [
    'A6-1-1',
    '校内专任教师基本情况表',
    'point',
    'list',
    'employeecode',
    'departmentid|所属系部|text;employeecode|教工号|code;name|姓名|text;sex|性别|enum;birthday|出生日期|date;nation|民族|enum;duty|职务|text;title|职称（已聘）|enum;qualification|学历|enum;academicdegree|学位|enum;specialarea|专业领域|text;specialty|专业特长|text;isteacherdegree|有无高校教师资格证|enum;teacherqualificationunit|高校教师资格证书—发证单位|text;teacherqualificationreceivedate|高校教师资格证书—获取日期（年月）|date;workyear|行业、企业一线工作时间—历年|integer;workincurrentyear|行业、企业一线工作时间—本学年|integer;majordeep|专业技术职务（最高）—等级|enum;highmajorname|专业技术职务—名称（全称）|text;grantcompany|专业技术职务—发证单位|text;receiveddate|专业技术职务—获取日期（年月）|date;qualificationlevel|职业资格证书（最高）—等级|enum;qualificationname|职业资格证书—名称(全称)|text;qualificationunit|职业资格证书—发证单位|text;qualificationreceivedate|职业资格证书—获取日期（年月）|date;isprofessionalteacher|是否专业教师|enum;iscoreteacher|是否骨干教师|enum;doublequalifiedteacher|是否双师素质教师|enum;famousteacher|教学名师|enum;politicsmajorcode|行政所属专业—专业代码|code;politicsmajorname|行政所属专业—专业名称|text;iszhujiangscholar|珠江学者|enum;traininglevel|“千百十”人才培养等级|enum',
  ],
  [
    'A7-1-1',
    '开设专业表',
    'point',
    'list',
    'majorcode,directioncode',
    'organizationid|所属系部|text;springautumnflag|春季/秋季招生标识|enum;majorcode|专业代码|code;majorname|专业名称|text;directioncode|专业方向代码|code;directionname|专业方向名称|text;setupdate|批准设置日期|date;firstrecruitdate|首次招生日期|date;studyduration|修业年限|integer;isenroll|是否招生|enum;notenrolldate|停招年月|date;numofstudent|在校生数—总人数|integer;numofgradeone|在校生数—一年级|integer;numofgradetwo|在校生数—二年级|integer;numofgradethree|在校生数—三年级|integer;hightpfsstunum|生源类型—普通高中起点|integer;middlepfsstunum|生源类型—中职起点合计|integer;middleschtwoyearbehandnum|生源类型—五年制后二年|integer;othernum|生源类型—其他|integer;coremajor|重点专业|enum;characteristicmajor|特色专业|enum;isinternationalmajor|是否国际合作专业|enum;gradecount|班级总数|integer;ordertrain|订单(定向)培养|enum;isgradutionbefore|是否有上届毕业生|enum;iscurrentenroll|当年是否招生（含方向）|enum;exchangeabroad|全日制在校生中去境外交流学生人数|integer;receivingoverseas|接收境外交流学生数量|integer;exchangestudents|去其他学校交流学生人数|integer',
  ],
  [
    'A7-4',
    '顶岗实习表',
    'academic-year',
    'list',
    '',
    'directionid|专业方向|code;gradpracticenum|顶岗实习毕业生总数|integer;recruitednum|企业录用顶岗实习毕业生数|integer;samepfsnum|顶岗实习对口毕业生数|integer;companynum|顶岗实习单位总数|integer;joinednum|参加保险学生数|integer;insurancename|保险险种名称(全称)（保险费出资方）|text;practice_posts|主要实习岗位|text;practice_compy|主要实习单位|text;practicenum|实习人数|integer;practicetime|实习时间|decimal',
  ],
  [
    'A7-6-1',
    '招生表',
    'academic-year',
    'list',
    'directionid',
    'directionid|专业方向|code;planenrolnum|计划招生数|integer;enrolednum|实际录取数|integer;regnum|实际报到数|integer;localregnum|区域生源报到—本地市|integer;provregnum|区域生源报到—本省市|integer;arearegnum|区域生源报到—本区域|integer;brandrsnnum|报考原因—学校品牌|integer;hobbiesrsnnum|报考原因—专业爱好|integer;emprsnnum|报考原因—就业优势|integer;trainrsnnum|报考原因—技能培养|integer;sitersnnum|报考原因—地理位置|integer;recommendrsnnum|报考原因—他人推荐|integer;otherrsnnum|报考原因—其他|integer;overlastyearscore|投档线超过上年分数|decimal',
  ],
  [
    'A7-6-2',
    '应届毕业生就业情况表',
    'academic-year',
    'list',
    'directionid',
    'directionid|专业方向|code;empnum|就业数|integer;cityempnum|就业—本地市|integer;privincenum|就业—本省市|integer;areanum|就业—本区域|integer;othernum|就业—其他|integer;empsalary|起薪线|decimal;samepfsnum|对口就业数|integer;hightschgradnum|普通高中生源—毕业生数|integer;hightschnum|普通高中生源—就业数|integer;trischgradnum|“三校生”—毕业生数|integer;trischnum|“三校生”—就业数|integer;threeaddtowgradnum|“3+2”—毕业生数|integer;threeaddtownum|“3+2”—就业数|integer;collegegradnum|五年制高职—毕业生数|integer;collegenum|五年制高职—就业数|integer;difsknowskgrad|招生方式—基于高考“知识+技能”—毕业生数|integer;difssamepfsgrad|招生方式—对口招生—毕业生数|integer;difssglexamgrad|招生方式—单独考试招生—毕业生数|integer;difsmulestgrad|招生方式—综合评价招生—毕业生数|integer;difsmidhiggrad|招生方式—中高职贯通—毕业生数|integer;difsnoexamgrad|招生方式—技能拔尖人才免试—毕业生数|integer',
  ],
  [
    'A7-6-3',
    '上届毕业生就业情况表',
    'academic-year',
    'list',
    'directionid',
    'directionid|专业方向|code;gradnum|毕业生数|integer;empnum|就业数|integer;promotion|升迁数|integer;tranwork|转岗数|integer;satisfied|用人单位满意或基本满意人数|integer;nomal|用人单位一般满意人数|integer;dissatisfied|用人单位不满意人数|integer;satisfiedwithteaching|毕业生的教学满意人数|integer;satisfiedwithcollege|毕业生对母校的满意人数|integer;workandcareerexpectationsmatch|工作与职业期待吻合人数|integer;satisfiedwithworkability|基本工作能力总体满足人数|integer;satisfiedwithcoreknowledge|核心知识总体满足人数|integer;satisfiedwithemployment|就业现状满意人数|integer',
  ],
  [
    'A8-7',
    '评教情况表',
    'academic-year',
    'form',
    '',
    'teachingevaluationstarttime|评教起始日期（年月）|date;teachingevaluationendtime|评教终止日期（年月）|date;numofparticipantteacher|评教客体（教师）—参与数|integer;totalnumofteacher|评教客体（教师）—总数|integer;numofstudent|评教主体—学生—参与数|integer;totalnumofstudent|评教主体—学生—总数|integer;numofparticipantschoolmate|同行—参与数|integer;totalnumofschoolmate|同行—总数|integer;numofparticipantleader|校领导—参与数|integer;totalnumofleader|校领导—总数|integer;numofparticipantsociety|社会—参与数|integer;totalnumofsociety|社会—总数|integer',
  ],
  [
    'A8-9',
    '重大制度创新表',
    'academic-year',
    'list',
    '',
    'subjectname|项目名称(全称)|text;maininnovation|主要创新点|text;implementationdate|实施日期（年月）|date;mainachievement|主要成果|text',
  ],
  [
    'A9-3',
    '社会捐赠情况表',
    'academic-year',
    'list',
    '',
    'donationdepartment|捐赠单位|text;donationproject|捐赠项目|text;donationdate|捐赠日期（年月）|date;donationnature|捐赠性质|enum;donationvalue|捐赠价值|decimal',
  ],
  [
    'A9-6-1',
    '学生获奖情况表',
    'academic-year',
    'list',
    '',
    'projname|项目名称(全称)|text;projtype|项目类别|enum;grade|级别|enum;awarddate|获奖日期（年月）|date;studentlist|学生名单|text;tutors|指导教师名单|text',
  ],
  [
    'A10-1',
    '在校生信息表',
    'point',
    'list',
    'no',
    'no|学号|code;name|姓名|text;sex|性别|enum;nation|民族|enum;studentstatus|学籍状态|enum;birthday|出生日期|date;birthplace|生源地（行政区划代码）|code;fromarmy|来自军队|enum;enrollment|招生方式|enum;typeofstudent|生源类型|enum;isresidentsincountry|是否常住户口在农村|enum;isspecialtraining|是否订单（定向）培养|enum;ispovertyfamily|是否建档立卡贫困家庭|enum;lengthofschooling|学制|integer;grade|年级|integer;admissiondate|入学日期（年月）|date;testscores|入学成绩|decimal;departmentid|系部|text;gradeid|班级|text;majorcode|专业代码|code;majorname|专业名称|text;directioncode|专业方向代码|code;directionname|专业方向名称|text;isgraduation|是否毕业|enum;arrearage|欠费金额|decimal',
  ],
  [
    'A10-2-1',
    '辍学学生明细表',
    'academic-year',
    'list',
    '',
    'gradeid|班级名称|text;no|学号|code;name|姓名|text;sex|性别|enum;dropoutreson|辍学原因|enum;dropoutdate|辍学日期（年月）|date',
  ],
  [
    'A11-3',
    '复转军人及退役士兵情况',
    'academic-year',
    'form',
    '',
    'enrolltotal|当年招生数—合计|integer;enrollarmymen|当年招生数—复转军人|integer;enrollretiredsoldier|当年招生数—退役士兵|integer;inschooltotal|在校生数—合计|integer;inschoolarmymen|在校生数—复转军人|integer;inschoolretiredsoldier|在校生数—退役士兵|integer;societytrainingtotal|社会培训—合计|integer;societytrainingarmymen|社会培训—复转军人|integer;societytrainingretiredsoldier|社会培训—退役士兵|integer',
  ],
  [
    'A1-X1',
    '在校生规模与招生汇总',
    'point',
    'form',
    '',
    'offnum|折合在校生数|decimal;edustunum|全日制学历教育在校生数|integer;senioredustunum|全日制普通高职学历教育在校生总数|integer;hightpfsstunum|其中高中起点|integer;middlepfsstunum|其中中职起点合计|integer;middleschtwoyearbehandnum|其中五年制后二年|integer;fulltimestunum|全日制普通中职学历教育在校生—合计|integer;adultcollegestunum|全日制成人高职在校生|integer;parttimepfseduregnum|非全日制专科学历教育注册生|integer;trainsocietynum|培训—社会|integer;trainstunum|培训—在校生|integer;trainspecificgroup|培训对象—特定群体|integer;trainsmallcompany|培训对象—小微企业|integer;oversea|留学生数—境外|integer;abroad|留学生数—国外|integer;adultstudent|预科生、进修生、成人脱产班学生数合计|integer;eveninguniversitystudent|夜大（业余）学生数|integer;correspondencestudent|函授生数|integer;collegeenrol|全日制高职招生数|integer;seniorexamnum|招生方式—基于高考“知识+技能”|integer;samepfsnum|招生方式—对口招生|integer;singleexamnum|招生方式—单独考试招生|integer;mulestimatenum|招生方式—综合评价招生|integer;midhigconnum|招生方式—中高职贯通|integer;noexamnum|招生方式—技能拔尖人才免试|integer',
  ],
  [
    'A6-3-1',
    '校外兼职教师基本情况表',
    'point',
    'list',
    '',
    'dateofwork|校外教师—参加工作日期（年月）|date;signedstatus|校外教师—签约情况|enum;backgroundunit|校外教师—当前专职工作背景—单位名称|text;backgroundduty|校外教师—当前专职工作背景—职务|text;backgroundappointmentdate|校外教师—当前专职工作背景—任职日期（年月）|date',
  ],
];

function toTable([code, name, period, shape, naturalKey, fields]: Row): TableDef {
  return tableDefSchema.parse({
    code,
    name,
    category: code.split('-')[0] ?? code,
    period,
    shape,
    status: 'defined',
    ownerDepartment: null,
    cooperatingDepartments: [],
    core: false,
    naturalKey: naturalKey === '' ? [] : naturalKey.split(','),
    supplementary: false,
    verified: false,
    note: '',
    fields: fields.split(';').map((f) => {
      const [key, label, type] = f.split('|') as [string, string, FieldType];
      return { key, label, type, unit: '', required: false, note: '', verified: false };
    }),
  });
}

/** Table definitions built from the draft catalog's labels (a subset of the built-in catalog). */
export function draftCatalogTables(): TableDef[] {
  return DRAFT.map(toTable);
}
