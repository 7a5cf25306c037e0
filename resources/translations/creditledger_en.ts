<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../views/pages/calendar.py" line="32"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="36"/>
        <source>年份 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="40"/>
        <source>确认本年放假安排已录入完整</source>
        <translation>Confirm this year&apos;s holidays are complete</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="45"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="46"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="46"/>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="46"/>
        <source>休息日</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="47"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="48"/>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="63"/>
        <source>休息日（放假）</source>
        <translation>Day off (holiday)</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="64"/>
        <source>工作日（调休上班）</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="66"/>
        <source>说明，如：春节调休</source>
        <translation>Note, e.g. Spring Festival make-up working day</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="67"/>
        <source>添加或修改</source>
        <translation>Add or update</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="69"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="71"/>
        <source>调整某一天</source>
        <translation>Adjust a single day</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="87"/>
        <source>无法读取工作日历</source>
        <translation>Could not load the working calendar</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="91"/>
        <source>%1年的法定节假日与调休安排已内置，可在下方补充个别调整。</source>
        <translation>Public holidays and make-up working days for %1 are built in; you can add individual adjustments below.</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="93"/>
        <source>%1年的放假安排由管理员录入并已确认。</source>
        <translation>The holiday schedule for %1 was entered by an administrator and has been confirmed.</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="96"/>
        <source>%1年尚无国务院放假安排数据：期限暂按周一至周五估算。请录入放假日和调休上班日，录完后确认。</source>
        <translation>No State Council holiday schedule is available for %1 yet: deadlines are estimated on a Monday–Friday basis. Enter the holidays and make-up working days, then confirm.</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="120"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../views/pages/calendar.py" line="121"/>
        <source>确认%1年的放假日和调休上班日已全部录入？确认后不再提示估算。</source>
        <translation>Have all holidays and make-up working days for %1 been entered? Once confirmed, deadlines are no longer marked as estimates.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../views/export_wizard.py" line="48"/>
        <source>校验本期报送内容</source>
        <translation>Check this period&apos;s submission</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="49"/>
        <source>错误必须改正后才能报送；提醒须确认。</source>
        <translation>Errors must be corrected before submitting; warnings must be confirmed.</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="55"/>
        <source>已阅读以上提醒，确认仍按此内容报送</source>
        <translation>I have read the warnings above and still want to submit this content</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="58"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="75"/>
        <source>正在校验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="81"/>
        <source>校验失败</source>
        <translation>Check failed</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="86"/>
        <source>本月无新增（零报告）</source>
        <translation>nil return (nothing new this month)</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="86"/>
        <source>%1 条名单，%2 名有关人员</source>
        <translation>list entries: %1, persons concerned: %2</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="88"/>
        <source>第 %1 版报送包：</source>
        <translation>Package revision %1 — </translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="94"/>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="96"/>
        <source>提醒：</source>
        <translation>Warning: </translation>
    </message>
</context>
<context>
    <name>EditionPage</name>
    <message>
        <location filename="../../views/first_run.py" line="25"/>
        <source>欢迎使用诚信台账</source>
        <translation>Welcome to CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="26"/>
        <source>请选择本机使用的版本。版本和单位确定后不能更改（可另建数据目录）。</source>
        <translation>Choose the edition used on this computer. The edition and unit cannot be changed later (you can create another data folder).</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="27"/>
        <source>省级版</source>
        <translation>Provincial edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="28"/>
        <source>总局版</source>
        <translation>Ministry edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="35"/>
        <source>省级安全监管部门、新疆生产建设兵团、省级煤矿安全监察局：填报附件1、3、4，审签后生成加密报送包。</source>
        <translation>Provincial work-safety authorities, the Xinjiang Production and Construction Corps and provincial coal-mine safety supervision bureaus: fill in Annexes 1, 3 and 4, and generate an encrypted submission package after sign-off.</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="39"/>
        <source>总局办公厅及业务司局：接收并核验各地报送包，组织审核，维护统一台账。</source>
        <translation>Ministry General Office and departments: receive and verify submission packages from the provinces, organise reviews and maintain the consolidated ledger.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../views/export_wizard.py" line="149"/>
        <location filename="../../views/export_wizard.py" line="177"/>
        <source>生成报送包</source>
        <translation>Generate package</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="154"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="155"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="156"/>
        <source>审签并生成</source>
        <translation>Sign off and generate</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="157"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="177"/>
        <source>正在生成报送包…</source>
        <translation>Building the package…</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="185"/>
        <source>未能生成报送包</source>
        <translation>Could not generate the package</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../views/import_wizard.py" line="121"/>
        <source>选择要导入的工作簿</source>
        <translation>Choose the workbook to import</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="124"/>
        <source>使用附件1导入模板（两个工作表：“附件1”和“有关人员”）；本单位自己的表格只要表头能对应也可以导入。</source>
        <translation>Use the Annex 1 import template (two sheets: “附件1” and “有关人员”); your own spreadsheets also import as long as their headers match.</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="128"/>
        <source>Excel 工作簿（.xlsx）的路径</source>
        <translation>Path of the Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="130"/>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="132"/>
        <source>下载导入模板(&amp;T)…</source>
        <translation>Download the import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="154"/>
        <source>导入附件1表格</source>
        <translation>Import Annex 1 workbook</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="154"/>
        <location filename="../../views/import_wizard.py" line="162"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="160"/>
        <source>附件1导入模板.xlsx</source>
        <translation>Annex 1 import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="162"/>
        <source>保存附件1导入模板</source>
        <translation>Save Annex 1 import template</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../views/first_run.py" line="115"/>
        <source>首次设置</source>
        <translation>Initial setup</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="123"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="124"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="125"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="126"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../views/guide.py" line="15"/>
        <source>操作指南</source>
        <translation>Operator guide (Chinese)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/import_wizard.py" line="419"/>
        <source>导入附件1表格</source>
        <translation>Import Annex 1 workbook</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="423"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="424"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="425"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="426"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="440"/>
        <source>已保存模板：%1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="441"/>
        <source>未能保存模板：%1</source>
        <translation>Could not save the template: %1</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../views/pages/intake.py" line="67"/>
        <location filename="../../views/pages/intake.py" line="142"/>
        <location filename="../../views/pages/intake.py" line="158"/>
        <source>接收报送包</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="69"/>
        <source>从文件接收…</source>
        <translation>Receive from files…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="71"/>
        <source>从文件夹接收…</source>
        <translation>Receive from a folder…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="73"/>
        <source>从邮箱收取…</source>
        <translation>Fetch from mailbox…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="75"/>
        <source>也可以把 .p7m 报送包或 .eml 邮件直接拖到此处。</source>
        <translation>You can also drag .p7m packages or .eml e-mails here.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="82"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="83"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="84"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="85"/>
        <source>接收时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="86"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="87"/>
        <source>时效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="88"/>
        <source>名单条目</source>
        <translation>List entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="88"/>
        <source>本月无新增</source>
        <translation>Nil return (nothing new this month)</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="89"/>
        <source>隔离</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="90"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="91"/>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="98"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="99"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="100"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="101"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="119"/>
        <source>无法读取接收记录</source>
        <translation>Could not load the received packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="142"/>
        <source>报送包或邮件 (*.p7m *.eml)</source>
        <translation>Packages or e-mails (*.p7m *.eml)</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="148"/>
        <source>选择存放报送包的文件夹</source>
        <translation>Choose the folder that contains the packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="156"/>
        <source>接收失败</source>
        <translation>Receiving failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="158"/>
        <source>正在解密和验证…</source>
        <translation>Decrypting and verifying…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="169"/>
        <source>收取失败</source>
        <translation>Fetching failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="171"/>
        <source>从邮箱收取</source>
        <translation>Fetch from mailbox</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="171"/>
        <source>正在收取邮件…</source>
        <translation>Fetching e-mail…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="176"/>
        <source>已接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="177"/>
        <source>重复，未导入</source>
        <translation>Duplicate, not imported</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="178"/>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="188"/>
        <source>没有新的报送包。</source>
        <translation>No new packages.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="190"/>
        <source>接收结果</source>
        <translation>Intake results</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../views/item_editor.py" line="111"/>
        <source>18位，如 91140105MA0XXXXXXX</source>
        <translation>18 characters, e.g. 91140105MA0XXXXXXX</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="114"/>
        <source>6位；留空则取自信用代码</source>
        <translation>6 digits; taken from the credit code when left empty</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="129"/>
        <source>如 2026-10-15</source>
        <translation>e.g. 2026-10-15</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="131"/>
        <source>如 晋应急罚〔2026〕15号</source>
        <translation>e.g. 晋应急罚〔2026〕15号</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="142"/>
        <source>纳入黑名单</source>
        <translation>On the blacklist</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="150"/>
        <source>清单以外的措施，用顿号分隔</source>
        <translation>Measures not in the list, separated by 、</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="151"/>
        <source>作为典型案例报送</source>
        <translation>Report as a typical case</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="156"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="156"/>
        <source>人员类别</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="156"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="156"/>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="162"/>
        <source>添加人员(&amp;P)</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="164"/>
        <source>删除所选人员</source>
        <translation>Remove selected person</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="171"/>
        <source>登记公布日期</source>
        <translation>Record publication date</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="179"/>
        <source>单位信息</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="181"/>
        <source>单位名称：</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="182"/>
        <source>统一社会信用代码：</source>
        <translation>Unified Social Credit Code:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="184"/>
        <source>注册地行政区划代码：</source>
        <translation>Registration division code:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="185"/>
        <source>行业领域：</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="186"/>
        <source>主体类别：</source>
        <translation>Kind of unit:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="187"/>
        <source>法定代表人：</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="189"/>
        <source>认定情况</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="191"/>
        <source>认定日期：</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="192"/>
        <source>认定依据文号：</source>
        <translation>Basis document no.:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="193"/>
        <source>信息来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="194"/>
        <source>失信行为简况：</source>
        <translation>Summary of the behaviour:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="196"/>
        <source>失信行为类别：</source>
        <translation>Behaviour categories:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="198"/>
        <source>黑名单情形：</source>
        <translation>Blacklist conditions:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="201"/>
        <source>惩戒措施与典型案例</source>
        <translation>Measures and typical case</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="203"/>
        <source>惩戒措施：</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="204"/>
        <source>其他措施：</source>
        <translation>Other measures:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="206"/>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="208"/>
        <source>有关人员</source>
        <translation>Persons concerned</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="216"/>
        <source>已保存的身份证号码只显示脱敏号码；不改动则保留原号码。</source>
        <translation>Stored ID numbers are shown masked; leave them unchanged to keep the stored number.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="220"/>
        <source>公布与期限</source>
        <translation>Publication and term</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="224"/>
        <source>公布日期：</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="341"/>
        <source>新增名单</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="342"/>
        <source>填写后按 Ctrl+S 保存；带 * 的内容为必填。</source>
        <translation>Press Ctrl+S to save; fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="345"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="348"/>
        <source>该名单在回收站中，恢复后才能修改。</source>
        <translation>This entry is in the recycle bin; restore it to edit it.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="350"/>
        <source>这是其他单位报送的名单，只能查看。</source>
        <translation>This entry was reported by another unit; it is read-only.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="352"/>
        <source>已公布的名单不能修改；如需更正，请通过异议或移出程序办理。</source>
        <translation>Published entries cannot be edited; corrections go through an objection or removal.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="354"/>
        <source>该名单已报送；保存修改后需随更正版报送包重新报送。</source>
        <translation>This entry was submitted; after saving a change, send it again in a corrected package.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="356"/>
        <source>草稿：随本期报送包报送。</source>
        <translation>Draft: goes with this period’s package.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="367"/>
        <source>公布日期 %1，期满 %2，移出审核材料 %3 前报送。</source>
        <translation>Published %1, term ends %2, removal review due by %3.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="373"/>
        <source>尚未登记公布日期。总局回执中带有公布日期的，会自动登记。</source>
        <translation>No publication date yet. It is recorded automatically when the ministry’s receipt carries one.</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="493"/>
        <source>✔ 未发现问题</source>
        <translation>✔ No problems found</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="508"/>
        <source>⚠ 可能重复：</source>
        <translation>⚠ Possible duplicate: </translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="537"/>
        <source>严重失信主体名单</source>
        <translation>serious dishonesty list</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="537"/>
        <source>联合惩戒对象及黑名单</source>
        <translation>joint punishment and blacklist</translation>
    </message>
    <message>
        <location filename="../../views/item_editor.py" line="539"/>
        <source>按认定日期适用：%1（%2）</source>
        <translation>Rules in force on the decision date: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../views/pages/items.py" line="67"/>
        <source>附件1 名单</source>
        <translation>Annex 1 list</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="73"/>
        <source>按单位名称、统一社会信用代码或认定依据文号查找（Ctrl+F）</source>
        <translation>Find by unit name, credit code or basis document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="76"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="79"/>
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="83"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="85"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="86"/>
        <source>（旧代码）</source>
        <translation> (legacy code)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="88"/>
        <source>名单类别</source>
        <translation>List category</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="89"/>
        <source>失信行为</source>
        <translation>Dishonest conduct</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="90"/>
        <source>认定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="91"/>
        <source>认定依据文号</source>
        <translation>Basis document no.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="92"/>
        <source>有关人员</source>
        <translation>Persons concerned</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="93"/>
        <source>典型案例</source>
        <translation>Typical case</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="94"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="95"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="126"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="128"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="133"/>
        <source>撤销：%1（Ctrl+Z）</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="136"/>
        <source>重做：%1（Ctrl+Y）</source>
        <translation>Redo: %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="141"/>
        <source>新增(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="143"/>
        <source>导入表格(&amp;I)…</source>
        <translation>&amp;Import workbook…</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="145"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="147"/>
        <source>删除（移入回收站）</source>
        <translation>Delete (to recycle bin)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="149"/>
        <source>从回收站恢复</source>
        <translation>Restore from recycle bin</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="156"/>
        <source>恢复草稿(&amp;R)</source>
        <translation>&amp;Restore draft</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="158"/>
        <source>丢弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="241"/>
        <location filename="../../views/pages/items.py" line="282"/>
        <location filename="../../views/pages/items.py" line="516"/>
        <source>无法读取名单</source>
        <translation>Could not load the list</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="248"/>
        <source>共 %1 条</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="280"/>
        <source>未保存的修改已存为草稿，可用“恢复草稿”找回。</source>
        <translation>Unsaved changes were kept as a draft; use “Restore draft” to get them back.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="340"/>
        <source>有 %1 处错误，改正后才能保存。</source>
        <translation>%1 error(s): correct them before saving.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="359"/>
        <source>未能保存名单</source>
        <translation>Could not save the entry</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="369"/>
        <source>新增“%1”</source>
        <translation>add “%1”</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="379"/>
        <source>修改“%1”</source>
        <translation>edit “%1”</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="389"/>
        <source>已保存“%1”（%2）。</source>
        <translation>Saved “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="406"/>
        <source>删除“%1”</source>
        <translation>delete “%1”</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="411"/>
        <source>已将“%1”移入回收站（Ctrl+Z 撤销）。</source>
        <translation>Moved “%1” to the recycle bin (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="415"/>
        <source>未能删除名单</source>
        <translation>Could not delete the entry</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="423"/>
        <source>已从回收站恢复。</source>
        <translation>Restored from the recycle bin.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="424"/>
        <source>未能恢复名单</source>
        <translation>Could not restore the entry</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="431"/>
        <source>已撤销或重做：%1</source>
        <translation>Undone or redone: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="442"/>
        <source>撤销记录已清空。</source>
        <translation>The undo history was cleared.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="445"/>
        <source>无法撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="469"/>
        <source>已登记公布日期，期满前的移出审核见“附件3 移出审核”。</source>
        <translation>Publication recorded; the removal review before the term ends is under “Annex 3 removals”.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="472"/>
        <source>未能登记公布日期</source>
        <translation>Could not record the publication date</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="485"/>
        <source>已自动保存草稿（%1）。</source>
        <translation>Draft autosaved (%1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="494"/>
        <source>（未填单位名称）</source>
        <translation>(no unit name yet)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="497"/>
        <source>有一份未保存的编辑：%1（自动保存于 %2 UTC）。</source>
        <translation>There is an unsaved edit: %1 (autosaved %2 UTC).</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="511"/>
        <source>已恢复草稿，请核对后保存。</source>
        <translation>Draft restored; check it, then save.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../views/pages/keys.py" line="27"/>
        <source>证书与密钥</source>
        <translation>Certificates and keys</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="34"/>
        <source>本机状态</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="36"/>
        <source>口令保管：</source>
        <translation>Passphrase storage:</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="37"/>
        <source>本机私钥：</source>
        <translation>Private keys on this computer:</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="38"/>
        <source>本单位证书：</source>
        <translation>Your unit&apos;s certificate:</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="39"/>
        <source>本单位证书指纹：</source>
        <translation>Certificate fingerprint:</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="40"/>
        <source>总局根证书指纹：</source>
        <translation>Ministry root certificate fingerprint:</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="45"/>
        <source>建立总局根证书…</source>
        <translation>Create the ministry root certificate…</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="47"/>
        <source>导出信任证书包…</source>
        <translation>Export trust bundle…</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="49"/>
        <source>生成证书申请…</source>
        <translation>Generate certificate request…</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="51"/>
        <source>安装证书包…</source>
        <translation>Install certificate bundle…</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="53"/>
        <source>备份密钥…</source>
        <translation>Back up keys…</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="55"/>
        <source>恢复密钥…</source>
        <translation>Restore keys…</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="76"/>
        <source>私钥只保存在本机。如果本机损坏且没有备份：省级版将无法再签发报送包，须向总局重新申请证书；总局版将无法再打开已发给本机加密证书的报送包。请在建立或安装证书后立即备份密钥，并把备份和备份口令分开保管。</source>
        <translation>Private keys are stored only on this computer. If it fails and there is no backup, the provincial edition can no longer sign packages and must request a new certificate from the Ministry; the ministry edition can no longer open packages already encrypted for this computer&apos;s encryption certificate. Back up the keys as soon as certificates are created or installed, and keep the backup and its passphrase apart.</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="81"/>
        <source>无法读取证书状态</source>
        <translation>Could not load the certificate status</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="91"/>
        <source>系统密钥环（私钥文件的口令随机生成并保存在密钥环中）</source>
        <translation>System keyring (the passphrase of the private key files is generated at random and kept in the keyring)</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="93"/>
        <source>无系统密钥环：私钥文件由您的口令保护，每次启动后首次使用时询问</source>
        <translation>No system keyring: the private key files are protected by your passphrase, asked for at first use after each start</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="95"/>
        <location filename="../../views/pages/keys.py" line="110"/>
        <source>尚无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="98"/>
        <source>尚未安装</source>
        <translation>Not installed yet</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="103"/>
        <source>已吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="105"/>
        <source>有效期至 %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="124"/>
        <source>建立总局根证书、加密证书和回执签名证书？

</source>
        <translation>Create the ministry root certificate, the encryption certificate and the receipt signing certificate?

</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="130"/>
        <source>已建立。根证书指纹（请与各单位电话核对）：
%1</source>
        <translation>Created. Root certificate fingerprint (confirm it with each unit by telephone):
%1</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="136"/>
        <source>导出信任证书包</source>
        <translation>Export trust bundle</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="142"/>
        <source>已导出信任证书包。轮换证书后请分发给各单位，在“证书与密钥”中安装。</source>
        <translation>Trust bundle exported. After a rotation, send it to every unit to install under Certificates and keys.</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="146"/>
        <source>保存证书申请</source>
        <translation>Save certificate request</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="146"/>
        <source>证书申请 (*.csr)</source>
        <translation>Certificate requests (*.csr)</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="151"/>
        <source>已生成证书申请文件，请交总局办公厅签发。

</source>
        <translation>Certificate request file generated. Send it to the Ministry General Office to have the certificate issued.

</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="155"/>
        <source>安装证书包</source>
        <translation>Install certificate bundle</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="136"/>
        <location filename="../../views/pages/keys.py" line="155"/>
        <source>证书包 (*.pem)</source>
        <translation>Certificate bundles (*.pem)</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="161"/>
        <source>已安装本单位证书。
总局根证书指纹：%1
请与总局办公厅电话核对。</source>
        <translation>Your unit&apos;s certificate is installed.
Ministry root certificate fingerprint: %1
Confirm it with the Ministry General Office by telephone.</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="170"/>
        <source>备份口令</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="171"/>
        <source>备份口令（至少8个字符，请另行妥善保管）：</source>
        <translation>Backup passphrase (at least 8 characters; keep it safe and separate):</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="177"/>
        <source>备份密钥</source>
        <translation>Back up keys</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="177"/>
        <location filename="../../views/pages/keys.py" line="187"/>
        <source>密钥备份 (*.zip)</source>
        <translation>Key backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="183"/>
        <source>已备份 %1 个私钥。</source>
        <translation>Private keys backed up: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="187"/>
        <source>恢复密钥</source>
        <translation>Restore keys</translation>
    </message>
    <message>
        <location filename="../../views/pages/keys.py" line="193"/>
        <source>已恢复 %1 个私钥。</source>
        <translation>Private keys restored: %1.</translation>
    </message>
</context>
<context>
    <name>LiaisonPage</name>
    <message>
        <location filename="../../views/pages/liaison.py" line="28"/>
        <source>附件4 联络员</source>
        <translation>Annex 4 liaisons</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="32"/>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="33"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="34"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="35"/>
        <source>办公电话</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="36"/>
        <source>移动电话</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="37"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="38"/>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="44"/>
        <source>显示回收站</source>
        <translation>Show recycle bin</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="49"/>
        <source>分管负责人</source>
        <translation>Leader in charge</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="50"/>
        <source>内设处室负责人</source>
        <translation>Division head</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="51"/>
        <source>联络员</source>
        <translation>Liaison officer</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="68"/>
        <source>编辑联络人</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="70"/>
        <source>人员类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="71"/>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="72"/>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="73"/>
        <source>办公电话：</source>
        <translation>Office phone:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="74"/>
        <source>移动电话：</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="75"/>
        <source>传真：</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="76"/>
        <source>电子邮箱：</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="79"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="81"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="83"/>
        <source>删除（移入回收站）</source>
        <translation>Delete (to recycle bin)</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="85"/>
        <source>从回收站恢复</source>
        <translation>Restore from recycle bin</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="105"/>
        <source>无法读取联络员名单</source>
        <translation>Cannot read the liaison register</translation>
    </message>
    <message>
        <location filename="../../views/pages/liaison.py" line="159"/>
        <source>未能保存联络人</source>
        <translation>The contact was not saved</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../views/pages/intake.py" line="39"/>
        <source>从邮箱收取</source>
        <translation>Fetch from mailbox</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="47"/>
        <source>加密连接（SSL/TLS）</source>
        <translation>Encrypted connection (SSL/TLS)</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="51"/>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="52"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="53"/>
        <source>账号：</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="54"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="46"/>
        <source>诚信台账</source>
        <translation>CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="55"/>
        <source>附件1 名单</source>
        <translation>Annex 1 list</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="56"/>
        <source>附件3 移出审核</source>
        <translation>Annex 3 removals</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="57"/>
        <source>附件4 联络员</source>
        <translation>Annex 4 liaisons</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="58"/>
        <source>红名单与典型案例</source>
        <translation>Red list and typical cases</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="59"/>
        <source>报送包</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="60"/>
        <source>接收报送包</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="61"/>
        <source>单位证书登记</source>
        <translation>Unit certificates</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="62"/>
        <source>证书与密钥</source>
        <translation>Certificates and keys</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="63"/>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="64"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="87"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="114"/>
        <source>尚未完成首次设置</source>
        <translation>Initial setup not completed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="115"/>
        <source>尚未完成首次设置：请从“文件”菜单重新运行首次设置向导。</source>
        <translation>Initial setup not completed: run the initial setup wizard again from the File menu.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>首次设置失败</source>
        <translation>Initial setup failed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="125"/>
        <location filename="../../views/main_window.py" line="246"/>
        <source>首次设置</source>
        <translation>Initial setup</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="125"/>
        <source>正在创建本地数据库…</source>
        <translation>Creating the local database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="131"/>
        <source>无法打开数据库</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="137"/>
        <source>诚信台账 — %1（%2）</source>
        <translation>CreditLedger — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="140"/>
        <source>用户：%1&#x3000;数据库：%2</source>
        <translation>User: %1 · Database: %2</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="195"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="196"/>
        <source>导入附件1表格(&amp;I)…</source>
        <translation>&amp;Import Annex 1 workbook…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="199"/>
        <source>下载附件1导入模板(&amp;T)…</source>
        <translation>Download Annex 1 import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="201"/>
        <source>首次设置向导(&amp;W)…</source>
        <translation>Initial setup &amp;wizard…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="203"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="212"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="216"/>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="221"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="222"/>
        <source>操作指南(&amp;G)</source>
        <translation>Operator &amp;guide (Chinese)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="226"/>
        <source>关于诚信台账(&amp;A)</source>
        <translation>&amp;About CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="247"/>
        <source>本数据目录已完成设置。如需另一单位或版本，请使用新的数据目录。</source>
        <translation>This data folder is already set up. For another unit or edition, use a new data folder.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="282"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="271"/>
        <source>导入完成：%1 条，拒收 %2 行</source>
        <translation>Import finished: %1 entries imported, %2 rows refused</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="280"/>
        <source>附件1导入模板.xlsx</source>
        <translation>Annex 1 import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="282"/>
        <source>保存附件1导入模板</source>
        <translation>Save Annex 1 import template</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="290"/>
        <source>已保存模板：%1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="292"/>
        <source>无法保存模板</source>
        <translation>Could not save the template</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="301"/>
        <location filename="../../views/main_window.py" line="303"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="301"/>
        <source>界面语言已更改，重新启动程序后生效。</source>
        <translation>Interface language changed. It takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="315"/>
        <source>关于诚信台账</source>
        <translation>About CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="317"/>
        <source>诚信台账：安全生产领域失信行为信息报送与台账管理。
依据安监总厅〔2017〕59号、安监总厅〔2018〕10号等文件。</source>
        <translation>CreditLedger: reporting and ledger management of dishonest conduct in work safety.
Based on An Jian Zong Ting [2017] No. 59, An Jian Zong Ting [2018] No. 10 and related documents.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../views/pages/overview.py" line="33"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="34"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="47"/>
        <source>本期报送</source>
        <translation>Current reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="49"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="50"/>
        <source>报送截止：</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="51"/>
        <source>剩余时间：</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="54"/>
        <source>名单情况</source>
        <translation>List summary</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="57"/>
        <source>报送前校验</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="61"/>
        <source>最近报送</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="62"/>
        <source>尚未报送</source>
        <translation>Nothing sent yet</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="65"/>
        <source>总局退回修改的条目</source>
        <translation>Entries the ministry returned</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="72"/>
        <source>本机数据</source>
        <translation>Local data</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="79"/>
        <source>数据目录：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="80"/>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="81"/>
        <source>参考数据版本：</source>
        <translation>Reference data version:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="83"/>
        <source>导入附件1表格…</source>
        <translation>Import Annex 1 workbook…</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="85"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="110"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="121"/>
        <source>无法读取概览</source>
        <translation>Could not load the overview</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="126"/>
        <source>%1年%2月（上月信息于次月10日前报送）</source>
        <translation>%1-%2 (each month is reported by the 10th of the following month)</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="131"/>
        <source>%1 个工作日（%2 天）</source>
        <translation>Working days: %1 (calendar days: %2)</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="136"/>
        <source>已超过截止日期 %1 天</source>
        <translation>Days overdue: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="145"/>
        <source>本期名单条目：</source>
        <translation>List entries this period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="146"/>
        <source>其中典型案例：</source>
        <translation>Of which typical cases:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="151"/>
        <source>有关人员：</source>
        <translation>Persons concerned:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="163"/>
        <source>有 %1 处错误，改正后才能报送：</source>
        <translation>%1 errors must be corrected before sending:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="167"/>
        <source>可以报送，但有 %1 条提醒须确认：</source>
        <translation>Ready to send; %1 warnings need confirmation:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="171"/>
        <source>校验通过，可以审签报送。</source>
        <translation>All checks passed: ready for sign-off.</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="176"/>
        <source>尚未报送。</source>
        <translation>Nothing sent yet.</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="179"/>
        <source>%1 第 %2 版：%3</source>
        <translation>%1 revision %2: %3</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="185"/>
        <source>总局接收：%1</source>
        <translation>Received by the ministry: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="187"/>
        <source>回执已导入：%1</source>
        <translation>Receipt imported: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="189"/>
        <source>尚未收到回执</source>
        <translation>No receipt yet</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../views/pages/packages.py" line="75"/>
        <source>报送包</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="76"/>
        <source>生成报送包…</source>
        <translation>Generate package…</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="78"/>
        <source>导入回执…</source>
        <translation>Import receipt…</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="80"/>
        <source>通过邮件发送…</source>
        <translation>Send by e-mail…</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="82"/>
        <source>登记为已报送…</source>
        <translation>Mark as submitted…</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="90"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="91"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="92"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="93"/>
        <source>名单条目</source>
        <translation>List entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="93"/>
        <source>本月无新增</source>
        <translation>Nil return (nothing new this month)</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="94"/>
        <source>审签人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="95"/>
        <source>审签时间</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="96"/>
        <source>总局接收时间</source>
        <translation>Received by the Ministry</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="97"/>
        <location filename="../../views/pages/packages.py" line="172"/>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="98"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="104"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="105"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="106"/>
        <source>总局处理结果</source>
        <translation>Ministry outcome</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="107"/>
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="108"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="115"/>
        <source>选择一个版本查看各条目的处理结果。</source>
        <translation>Select a revision to see the outcome for each entry.</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="125"/>
        <source>无法读取报送记录</source>
        <translation>Could not load the submitted packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="132"/>
        <source>第 %1 版（%2）</source>
        <translation>Revision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="143"/>
        <source>报送包已生成</source>
        <translation>Package generated</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="145"/>
        <source>已生成第 %1 版报送包：
%2

可通过电子邮件发送或用存储介质报送；报送后请点“登记为已报送”。</source>
        <translation>Package revision %1 generated:
%2

Send it by e-mail or on removable media; once it is sent, click “Mark as submitted”.</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="153"/>
        <source>导入回执</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="153"/>
        <source>总局回执 (*.p7s)</source>
        <translation>Ministry receipts (*.p7s)</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="157"/>
        <source>回执未通过验证</source>
        <translation>The receipt failed verification</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="162"/>
        <source>该回执已导入过。</source>
        <translation>This receipt has already been imported.</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="164"/>
        <source>已登记该回执；本单位已报送更新的版本，条目状态以新版本的回执为准。</source>
        <translation>Receipt recorded. A newer revision has been sent since, so its receipt decides the entries&apos; status.</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="167"/>
        <source>已导入回执：%1</source>
        <translation>Receipt imported: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="170"/>
        <source>退回修改：</source>
        <translation>Returned for correction:</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="177"/>
        <source>选择要发送的报送包</source>
        <translation>Choose the package to send</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="190"/>
        <source>已发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="191"/>
        <source>已发送，邮件标识：%1
条目状态已更新为“已报送”。</source>
        <translation>Sent. Message-ID: %1
The entries are now marked as submitted.</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="195"/>
        <source>发送失败</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="200"/>
        <source>登记已报送的报送包</source>
        <translation>Mark a package as submitted</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="177"/>
        <location filename="../../views/pages/packages.py" line="200"/>
        <source>报送包 (*.p7m)</source>
        <translation>Packages (*.p7m)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../views/pages/base.py" line="32"/>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../views/passphrase.py" line="36"/>
        <source>输入口令</source>
        <translation>Enter passphrase</translation>
    </message>
    <message>
        <location filename="../../views/passphrase.py" line="37"/>
        <source>本机没有可用的系统密钥环。请输入保护本机私钥和数据密钥的口令：</source>
        <translation>No system keyring is available on this computer. Enter the passphrase that protects this computer&apos;s private keys and data keys:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../views/import_wizard.py" line="84"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="84"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="84"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../views/import_wizard.py" line="172"/>
        <source>预览与校验</source>
        <translation>Preview and checks</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="174"/>
        <source>红色为错误（该行不导入），黄色为提醒（照常导入）；鼠标停在单元格上可看说明。</source>
        <translation>Red: error (the row is not imported); yellow: warning (imported anyway). Hover over a cell for the explanation.</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="177"/>
        <source>导入可导入的行(&amp;M)</source>
        <translation>I&amp;mport the valid rows</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="183"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="187"/>
        <source>全部行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="188"/>
        <source>有问题的行</source>
        <translation>Rows with problems</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="189"/>
        <source>拒收的行</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="190"/>
        <source>有提醒的行</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="191"/>
        <source>已存在的行</source>
        <translation>Rows already stored</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="207"/>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="228"/>
        <source>正在读取并校验 %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="253"/>
        <source>无法导入：%1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="269"/>
        <source>附件1 共 %1 行：可导入 %2 条（其中有提醒 %3 条），拒收 %4 行，已存在 %5 条；有关人员 %6 行，拒收 %7 行。</source>
        <translation>Annex 1: %1 rows; %2 can be imported (%3 with warnings), %4 refused, %5 already stored. Persons: %6 rows, %7 refused.</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="280"/>
        <source> 未识别而忽略的列：%1。</source>
        <translation> Columns not recognised and ignored: %1.</translation>
    </message>
</context>
<context>
    <name>RedListPage</name>
    <message>
        <location filename="../../views/pages/red_list.py" line="35"/>
        <source>红名单与典型案例</source>
        <translation>Red list and typical cases</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="42"/>
        <source>撤销删除（Ctrl+Z）</source>
        <translation>Undo delete (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="47"/>
        <source>红名单（守信联合激励对象）</source>
        <translation>Red list (joint incentive targets)</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="48"/>
        <source>典型案例</source>
        <translation>Typical cases</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="63"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="64"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="65"/>
        <source>公开承诺日期</source>
        <translation>Public commitment date</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="66"/>
        <location filename="../../views/pages/red_list.py" line="91"/>
        <source>激励措施</source>
        <translation>Incentive measures</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="67"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="83"/>
        <source>单位名称：</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="84"/>
        <source>统一社会信用代码：</source>
        <translation>Unified Social Credit Code:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="85"/>
        <source>安全生产标准化等级：</source>
        <translation>Safety standardisation level:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="86"/>
        <source>公开承诺日期：</source>
        <translation>Public commitment date:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="87"/>
        <source>六项条件（须全部具备）</source>
        <translation>The six conditions (all required)</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="95"/>
        <source>加入红名单</source>
        <translation>Add to red list</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="97"/>
        <location filename="../../views/pages/red_list.py" line="152"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="126"/>
        <source>未能加入红名单</source>
        <translation>Not added to the red list</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="135"/>
        <source>案例标题</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="136"/>
        <source>案例简介</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="137"/>
        <source>惩戒效果</source>
        <translation>Effect of the punishment</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="144"/>
        <source>违法失信事实、采取的联合惩戒措施……</source>
        <translation>Facts of the dishonest conduct, joint punishment measures taken…</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="147"/>
        <source>案例标题：</source>
        <translation>Case title:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="148"/>
        <source>案例简介：</source>
        <translation>Case summary:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="149"/>
        <source>惩戒效果：</source>
        <translation>Effect of the punishment:</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="150"/>
        <source>添加典型案例</source>
        <translation>Add typical case</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="174"/>
        <source>未能添加典型案例</source>
        <translation>The typical case was not added</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="211"/>
        <source>无法读取红名单</source>
        <translation>Cannot read the red list</translation>
    </message>
    <message>
        <location filename="../../views/pages/red_list.py" line="218"/>
        <source>%1 报送期：典型案例 %2 件 / 红黑名单 %3 条 = %4%（安监总厅〔2018〕10号要求不低于50%）</source>
        <translation>Period %1: %2 typical cases / %3 red and black list entries = %4% (安监总厅〔2018〕10号 asks for at least 50%)</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../views/pages/registry.py" line="32"/>
        <source>单位证书登记</source>
        <translation>Unit certificates</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="33"/>
        <source>根据申请签发证书…</source>
        <translation>Issue certificate from request…</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="35"/>
        <source>吊销所选证书…</source>
        <translation>Revoke selected certificate…</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="43"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="44"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="45"/>
        <source>证书名称</source>
        <translation>Certificate name</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="46"/>
        <source>指纹（SHA-256）</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="47"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="49"/>
        <source>吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="62"/>
        <source>无法读取证书登记</source>
        <translation>Could not load the certificate register</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="67"/>
        <source>选择证书申请文件</source>
        <translation>Choose a certificate request file</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="67"/>
        <source>证书申请 (*.csr *.pem)</source>
        <translation>Certificate requests (*.csr *.pem)</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="73"/>
        <source>签发证书</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="73"/>
        <source>申请单位：</source>
        <translation>Requesting unit:</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="78"/>
        <source>保存证书包</source>
        <translation>Save certificate bundle</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="78"/>
        <source>证书包 (*.pem)</source>
        <translation>Certificate bundles (*.pem)</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="85"/>
        <source>签发失败</source>
        <translation>Issuing failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="91"/>
        <source>已签发</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="92"/>
        <source>已为 %1 签发并登记证书，证书包：
%2
请将证书包交该单位安装，并电话告知根证书指纹。</source>
        <translation>Certificate issued and registered for %1. Certificate bundle:
%2
Give the bundle to that unit to install, and tell them the root certificate fingerprint by telephone.</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="106"/>
        <source>吊销证书</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="107"/>
        <source>吊销 %1 的证书，原因：</source>
        <translation>Revoke the certificate of %1. Reason:</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="120"/>
        <source>已吊销</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="121"/>
        <source>已吊销。新的吊销列表：
%1
请分发给各单位。</source>
        <translation>Revoked. New revocation list (CRL):
%1
Distribute it to all units.</translation>
    </message>
    <message>
        <location filename="../../views/pages/registry.py" line="125"/>
        <source>吊销失败</source>
        <translation>Revocation failed</translation>
    </message>
</context>
<context>
    <name>RemovalsPage</name>
    <message>
        <location filename="../../views/pages/removals.py" line="32"/>
        <source>附件3 移出审核</source>
        <translation>Annex 3 removals</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="38"/>
        <source>%1 天内到期</source>
        <translation>Due within %1 days</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="44"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="45"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="46"/>
        <source>公布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="47"/>
        <source>期满日期</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="48"/>
        <source>材料报送截止</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="49"/>
        <source>期限</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="50"/>
        <source>主体状态</source>
        <translation>Unit status</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="51"/>
        <source>审核意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="51"/>
        <source>待审核</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="52"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="59"/>
        <source>在上表中选择一条名单进行审核。</source>
        <translation>Select an entry above to review it.</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="64"/>
        <source>单位已提出移出申请</source>
        <translation>The unit applied for removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="72"/>
        <source>惩戒期内再次发生失信行为</source>
        <translation>Dishonest again during the term</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="76"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="85"/>
        <source>保存审核意见(&amp;S)</source>
        <translation>&amp;Save opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="87"/>
        <source>撤回审核意见</source>
        <translation>Withdraw opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="91"/>
        <source>省级审核</source>
        <translation>Provincial review</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="94"/>
        <source>主体存续状态：</source>
        <translation>Unit status:</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="97"/>
        <source>申请日期：</source>
        <translation>Applied on:</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="101"/>
        <source>整改及惩戒措施落实情况：</source>
        <translation>Rectification and measures carried out:</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="103"/>
        <source>再次失信情况：</source>
        <translation>Details of the repeat:</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="104"/>
        <source>省级审核处理意见：</source>
        <translation>Provincial opinion:</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="105"/>
        <source>意见理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="115"/>
        <source>已公布名单在管理期满前10个工作日须报送移出审核结果（附件3）。保存的审核意见随本期报送包报送；公布日期来自总局回执，也可在“附件1 名单”中登记。</source>
        <translation>For published entries the removal review (Annex 3) is due 10 working days before the term ends. Saved opinions go with this period’s package; publication dates come from the ministry’s receipts or can be recorded under “Annex 1 list”.</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="144"/>
        <source>无法读取移出审核清单</source>
        <translation>Cannot read the removal worklist</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="149"/>
        <source>共 %1 条</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="164"/>
        <source>%1（%2）：期满 %3，材料 %4 前报送，%5。</source>
        <translation>%1 (%2): term ends %3, review due by %4, %5.</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="211"/>
        <source>未能保存移出审核</source>
        <translation>Could not save the removal review</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="216"/>
        <source>已保存，将随 %1 报送包报送。</source>
        <translation>Saved; it goes with the %1 package.</translation>
    </message>
    <message>
        <location filename="../../views/pages/removals.py" line="226"/>
        <source>未能撤回</source>
        <translation>Could not withdraw</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../views/import_wizard.py" line="310"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="316"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="322"/>
        <source>改正后重新导入错误报告(&amp;A)</source>
        <translation>Import the corrected error report &amp;again</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="326"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="327"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="328"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="329"/>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="330"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="351"/>
        <source>正在导入 %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="374"/>
        <source>导入未完成，未保存任何内容：%1</source>
        <translation>Import not completed, nothing was stored: %1</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="383"/>
        <source>导入 %1 条名单，重复 %2 条（已存在，未重复导入），有关人员 %3 人，拒收 %4 行。</source>
        <translation>Imported list entries: %1. Duplicates (already present, not imported again): %2. Persons concerned: %3. Refused rows: %4.</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="395"/>
        <source>拒收的行已写入错误报告，出错的单元格标红并附说明：</source>
        <translation>The refused rows are in the error report, wrong cells in red with an explanation:</translation>
    </message>
    <message>
        <location filename="../../views/import_wizard.py" line="397"/>
        <source>在 Excel 中改正后保存，再点下面的按钮导入该文件。</source>
        <translation>Correct them in Excel, save, then press the button below to import that file.</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../views/table_models.py" line="67"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../views/table_models.py" line="69"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../views/pages/packages.py" line="34"/>
        <source>通过邮件发送报送包</source>
        <translation>Send a package by e-mail</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="44"/>
        <source>使用 STARTTLS 加密连接</source>
        <translation>Use STARTTLS encryption</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="46"/>
        <source>发信服务器：</source>
        <translation>SMTP server:</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="47"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="48"/>
        <source>发件人：</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="49"/>
        <source>收件人（总局收件邮箱）：</source>
        <translation>To (ministry intake mailbox):</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="50"/>
        <source>账号（可选）：</source>
        <translation>User name (optional):</translation>
    </message>
    <message>
        <location filename="../../views/pages/packages.py" line="51"/>
        <source>密码（可选）：</source>
        <translation>Password (optional):</translation>
    </message>
</context>
<context>
    <name>SignerPage</name>
    <message>
        <location filename="../../views/export_wizard.py" line="109"/>
        <source>审签</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="111"/>
        <source>报送包由本单位主要负责人（或主持工作的负责人）审签，姓名和职务记入报送包和封面。</source>
        <translation>The package is signed off by your unit&apos;s principal head (主要负责人) or the head in charge of its work (主持工作的负责人); the name and position are recorded in the package and on its cover sheet.</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="120"/>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="126"/>
        <source>审签人姓名：</source>
        <translation>Name of the signer:</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="127"/>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="128"/>
        <source>身份：</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="129"/>
        <source>保存到文件夹：</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <location filename="../../views/export_wizard.py" line="134"/>
        <source>选择保存报送包的文件夹</source>
        <translation>Choose the folder to save the package in</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../views/first_run.py" line="93"/>
        <source>确认设置</source>
        <translation>Confirm settings</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="94"/>
        <source>点击“完成”后创建本地数据库。数据只保存在本机，不会自动上传。</source>
        <translation>Click “Finish” to create the local database. Data is stored only on this computer and is never uploaded automatically.</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="102"/>
        <source>省级版</source>
        <translation>Provincial edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="102"/>
        <source>总局版</source>
        <translation>Ministry edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="104"/>
        <source>版本：%1</source>
        <translation>Edition: %1</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="105"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="106"/>
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="107"/>
        <source>数据库：本机 SQLite 文件（多部门共用时可改用 PostgreSQL 服务器）</source>
        <translation>Database: local SQLite file (a PostgreSQL server can be used when several departments share the data)</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../views/first_run.py" line="62"/>
        <source>本单位</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="63"/>
        <source>请选择本机所属单位。报送包和回执都以该单位的名义签发。</source>
        <translation>Choose the unit this computer belongs to. Submission packages and receipts are issued in its name.</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="71"/>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../views/pages/units.py" line="17"/>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="20"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="21"/>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="22"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="23"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="24"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="33"/>
        <source>筛选单位</source>
        <translation>Filter units</translation>
    </message>
    <message>
        <location filename="../../views/pages/units.py" line="48"/>
        <source>无法读取报送单位</source>
        <translation>Could not load the reporting units</translation>
    </message>
</context>
<context>
    <name>show_failure</name>
    <message>
        <location filename="../../views/messages.py" line="20"/>
        <source>文件操作失败：%1</source>
        <translation>File operation failed: %1</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="27"/>
        <source>程序内部错误，操作未完成，已保存的数据不受影响。请把详细信息发给技术支持。</source>
        <translation>Internal error: the operation was not completed. Data already saved is not affected. Please send the details to technical support.</translation>
    </message>
</context>
<context>
    <name>track</name>
    <message>
        <location filename="../../views/progress.py" line="13"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
