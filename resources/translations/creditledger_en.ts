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
    <name>EditionPage</name>
    <message>
        <location filename="../../views/first_run.py" line="24"/>
        <source>欢迎使用诚信台账</source>
        <translation>Welcome to CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="25"/>
        <source>请选择本机使用的版本。版本和单位确定后不能更改（可另建数据目录）。</source>
        <translation>Choose the edition used on this computer. The edition and unit cannot be changed later (you can create another data folder).</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="26"/>
        <source>省级版</source>
        <translation>Provincial edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="27"/>
        <source>总局版</source>
        <translation>Ministry edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="34"/>
        <source>省级安全监管部门、新疆生产建设兵团、省级煤矿安全监察局：填报附件1、3、4，审签后生成加密报送包。</source>
        <translation>Provincial work-safety authorities, the Xinjiang Production and Construction Corps and provincial coal-mine safety supervision bureaus: fill in Annexes 1, 3 and 4, and generate an encrypted submission package after sign-off.</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="38"/>
        <source>总局办公厅及业务司局：接收并核验各地报送包，组织审核，维护统一台账。</source>
        <translation>Ministry General Office and departments: receive and verify submission packages from the provinces, organise reviews and maintain the consolidated ledger.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../views/first_run.py" line="114"/>
        <source>首次设置</source>
        <translation>Initial setup</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="122"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="123"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="124"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="125"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../views/import_result.py" line="26"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="28"/>
        <source>导入 %1 条名单，重复 %2 条（已存在，未重复导入），有关人员 %3 人，拒收 %4 行。</source>
        <translation>Imported list entries: %1. Duplicates (already present, not imported again): %2. Persons concerned: %3. Refused rows: %4.</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="38"/>
        <source>拒收（%1）</source>
        <translation>Refused (%1)</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="39"/>
        <source>提醒（%1）</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="47"/>
        <source>拒收的行已写入错误报告，出错的单元格标红并附说明；改正后可直接导入该文件：</source>
        <translation>The refused rows were written to an error report, with the faulty cells marked in red and explained. Once corrected, that file can be imported directly:</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="63"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="64"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="65"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="66"/>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../views/import_result.py" line="67"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../views/pages/items.py" line="25"/>
        <source>附件1 名单</source>
        <translation>Annex 1 list</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="27"/>
        <source>按单位名称、统一社会信用代码或认定依据文号查找</source>
        <translation>Search by entity name, Unified Social Credit Code or basis document no.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="32"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="34"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="35"/>
        <source>（旧代码）</source>
        <translation> (legacy code)</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="37"/>
        <source>名单类别</source>
        <translation>List category</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="38"/>
        <source>失信行为</source>
        <translation>Dishonest conduct</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="39"/>
        <source>认定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="40"/>
        <source>认定依据文号</source>
        <translation>Basis document no.</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="41"/>
        <source>有关人员</source>
        <translation>Persons concerned</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="42"/>
        <source>典型案例</source>
        <translation>Typical case</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="43"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="44"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="76"/>
        <source>无法读取名单</source>
        <translation>Could not load the list</translation>
    </message>
    <message>
        <location filename="../../views/pages/items.py" line="80"/>
        <source>共 %1 条</source>
        <translation>Entries: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="44"/>
        <source>诚信台账</source>
        <translation>CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="52"/>
        <source>附件1 名单</source>
        <translation>Annex 1 list</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="53"/>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="54"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="76"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="99"/>
        <source>尚未完成首次设置</source>
        <translation>Initial setup not completed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="100"/>
        <source>尚未完成首次设置：请从“文件”菜单重新运行首次设置向导。</source>
        <translation>Initial setup not completed: run the initial setup wizard again from the File menu.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="106"/>
        <source>首次设置失败</source>
        <translation>Initial setup failed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="110"/>
        <location filename="../../views/main_window.py" line="191"/>
        <source>首次设置</source>
        <translation>Initial setup</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="110"/>
        <source>正在创建本地数据库…</source>
        <translation>Creating the local database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="116"/>
        <source>无法打开数据库</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>诚信台账 — %1（%2）</source>
        <translation>CreditLedger — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="124"/>
        <source>用户：%1&#x3000;数据库：%2</source>
        <translation>User: %1 · Database: %2</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="153"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="154"/>
        <source>导入附件1表格(&amp;I)…</source>
        <translation>&amp;Import Annex 1 workbook…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="157"/>
        <source>下载附件1导入模板(&amp;T)…</source>
        <translation>Download Annex 1 import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="159"/>
        <source>首次设置向导(&amp;W)…</source>
        <translation>Initial setup &amp;wizard…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="161"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="170"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="177"/>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="182"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="183"/>
        <source>关于诚信台账(&amp;A)</source>
        <translation>&amp;About CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="192"/>
        <source>本数据目录已完成设置。如需另一单位或版本，请使用新的数据目录。</source>
        <translation>This data folder is already set up. For another unit or edition, use a new data folder.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="205"/>
        <location filename="../../views/main_window.py" line="217"/>
        <source>导入附件1表格</source>
        <translation>Import Annex 1 workbook</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="205"/>
        <location filename="../../views/main_window.py" line="240"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="213"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="217"/>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="221"/>
        <source>导入完成：%1 条，拒收 %2 行</source>
        <translation>Import finished: %1 entries imported, %2 rows refused</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="238"/>
        <source>附件1导入模板.xlsx</source>
        <translation>Annex 1 import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="240"/>
        <source>保存附件1导入模板</source>
        <translation>Save Annex 1 import template</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="248"/>
        <source>已保存模板：%1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="250"/>
        <source>无法保存模板</source>
        <translation>Could not save the template</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="259"/>
        <location filename="../../views/main_window.py" line="261"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="259"/>
        <source>界面语言已更改，重新启动程序后生效。</source>
        <translation>Interface language changed. It takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="267"/>
        <source>关于诚信台账</source>
        <translation>About CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="269"/>
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
        <source>本机数据</source>
        <translation>Local data</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="64"/>
        <source>数据目录：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="65"/>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="66"/>
        <source>参考数据版本：</source>
        <translation>Reference data version:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="68"/>
        <source>导入附件1表格…</source>
        <translation>Import Annex 1 workbook…</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="70"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="92"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="103"/>
        <source>无法读取概览</source>
        <translation>Could not load the overview</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="108"/>
        <source>%1年%2月（上月信息于次月10日前报送）</source>
        <translation>%1-%2 (each month is reported by the 10th of the following month)</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="113"/>
        <source>%1 个工作日（%2 天）</source>
        <translation>Working days: %1 (calendar days: %2)</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="118"/>
        <source>已超过截止日期 %1 天</source>
        <translation>Days overdue: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="124"/>
        <source>本期名单条目：</source>
        <translation>List entries this period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="125"/>
        <source>其中典型案例：</source>
        <translation>Of which typical cases:</translation>
    </message>
    <message>
        <location filename="../../views/pages/overview.py" line="130"/>
        <source>有关人员：</source>
        <translation>Persons concerned:</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../views/pages/base.py" line="30"/>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../views/table_models.py" line="66"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../views/table_models.py" line="68"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../views/first_run.py" line="92"/>
        <source>确认设置</source>
        <translation>Confirm settings</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="93"/>
        <source>点击“完成”后创建本地数据库。数据只保存在本机，不会自动上传。</source>
        <translation>Click “Finish” to create the local database. Data is stored only on this computer and is never uploaded automatically.</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="101"/>
        <source>省级版</source>
        <translation>Provincial edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="101"/>
        <source>总局版</source>
        <translation>Ministry edition</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="103"/>
        <source>版本：%1</source>
        <translation>Edition: %1</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="104"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="105"/>
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="106"/>
        <source>数据库：本机 SQLite 文件（多部门共用时可改用 PostgreSQL 服务器）</source>
        <translation>Database: local SQLite file (a PostgreSQL server can be used when several departments share the data)</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../views/first_run.py" line="61"/>
        <source>本单位</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="62"/>
        <source>请选择本机所属单位。报送包和回执都以该单位的名义签发。</source>
        <translation>Choose the unit this computer belongs to. Submission packages and receipts are issued in its name.</translation>
    </message>
    <message>
        <location filename="../../views/first_run.py" line="70"/>
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
