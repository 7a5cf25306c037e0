<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AccidentForm</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="127"/>
        <source>录入事故</source>
        <translation>Enter accident</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="127"/>
        <source>编辑事故 #%1</source>
        <translation>Edit accident #%1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="136"/>
        <source>时刻不详</source>
        <translation>Time unknown</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="140"/>
        <source>事故发生地6位代码，如 140105</source>
        <translation>6-digit division code of the accident location, e.g. 140105</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="144"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="146"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="150"/>
        <location filename="../../views/pages/accidents.py" line="170"/>
        <source>（未填写）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="157"/>
        <source>单位万元；不清楚时留空</source>
        <translation>In CNY 10,000; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="161"/>
        <source>（按计算结果）</source>
        <translation>(as computed)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="165"/>
        <source>等级与计算结果不同时必填</source>
        <translation>Required when the grade differs from the computed one</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="166"/>
        <source>典型事故</source>
        <translation>Typical accident</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="168"/>
        <source>事故简要经过</source>
        <translation>Brief account of the accident</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="174"/>
        <source>代码或简称，多项用顿号分隔，如 S01</source>
        <translation>Codes or short names, separated by 、, e.g. S01</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="184"/>
        <source>事故发生时间：</source>
        <translation>Time of accident:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="185"/>
        <source>行政区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="186"/>
        <source>事故发生地点：</source>
        <translation>Accident location:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="187"/>
        <source>事故发生单位：</source>
        <translation>Unit involved:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="188"/>
        <source>统一社会信用代码：</source>
        <translation>USCC:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="189"/>
        <source>所属行业：</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="190"/>
        <source>事故类别：</source>
        <translation>Accident type:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="191"/>
        <source>调查组织：</source>
        <translation>Investigation level:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="192"/>
        <source>拟纳入联合惩戒建议：</source>
        <translation>Proposed joint-punishment criteria:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="194"/>
        <source>死亡人数：</source>
        <translation>Deaths:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="195"/>
        <source>下落不明人数：</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="196"/>
        <source>重伤人数：</source>
        <translation>Serious injuries:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="197"/>
        <source>直接经济损失：</source>
        <translation>Direct economic loss:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="198"/>
        <source>按493号计算：</source>
        <translation>Computed (Decree 493):</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="199"/>
        <source>事故等级：</source>
        <translation>Accident grade:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="200"/>
        <source>等级调整理由：</source>
        <translation>Reason for grade change:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="202"/>
        <source>典型理由：</source>
        <translation>Reason it is typical:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="208"/>
        <source>事故简要经过：</source>
        <translation>Brief account:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="209"/>
        <source>有关说明：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="323"/>
        <source>本表</source>
        <translation>This form</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="330"/>
        <source>（损失未知，可能更高）</source>
        <translation> (loss unknown, may be higher)</translation>
    </message>
</context>
<context>
    <name>AccidentModel</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="95"/>
        <source>按493号第三条计算：%1</source>
        <translation>Computed under Decree 493, Art. 3: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="97"/>
        <source>更正理由：%1</source>
        <translation>Reason for correction: %1</translation>
    </message>
</context>
<context>
    <name>AccidentsPage</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="495"/>
        <source>事故周报</source>
        <translation>Weekly accidents</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="508"/>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="511"/>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="515"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="522"/>
        <source>导入本周表格…</source>
        <translation>Import this week&apos;s workbook…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="524"/>
        <source>导出本周表格…</source>
        <translation>Export this week&apos;s workbook…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="527"/>
        <source>周（周一）：</source>
        <translation>Week (Monday):</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="539"/>
        <source>录入事故…</source>
        <translation>Enter accident…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="541"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="543"/>
        <source>更正等级…</source>
        <translation>Correct grade…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="545"/>
        <location filename="../../views/pages/accidents.py" line="876"/>
        <source>分送司局</source>
        <translation>Route to departments</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="547"/>
        <source>改送…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="549"/>
        <source>核实…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="551"/>
        <source>签发返回</source>
        <translation>Sign off and return</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="553"/>
        <source>关联名单条目…</source>
        <translation>Link list entry…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="571"/>
        <location filename="../../views/pages/accidents.py" line="707"/>
        <source>本周事故</source>
        <translation>This week&apos;s accidents</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="572"/>
        <source>超期未返回</source>
        <translation>Overdue, not returned</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="591"/>
        <source>事故发生单位</source>
        <translation>Unit involved</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="592"/>
        <source>发生时间</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="593"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="594"/>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="595"/>
        <source>伤亡</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="596"/>
        <source>直接损失</source>
        <translation>Direct loss</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="597"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="598"/>
        <source>承办司局</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="599"/>
        <source>核实状态</source>
        <translation>Verification status</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="600"/>
        <source>关联</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="601"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="610"/>
        <source>死%1</source>
        <translation>%1 dead</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="612"/>
        <source>下落不明%1</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="614"/>
        <source>重伤%1</source>
        <translation>%1 seriously injured</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="619"/>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="620"/>
        <source>%1万元</source>
        <translation>CNY %1 × 10,000</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="625"/>
        <source>（更正）</source>
        <translation> (corrected)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="627"/>
        <source>·典型</source>
        <translation> · typical</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="635"/>
        <source>%1 超期</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="637"/>
        <source>%1 按时</source>
        <translation>%1 on time</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="639"/>
        <source>%1 逾期返回</source>
        <translation>%1 returned late</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="668"/>
        <source>至 %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="683"/>
        <source>无法读取事故周报</source>
        <translation>Could not load the weekly accidents</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="693"/>
        <source>返回期限：%1</source>
        <translation>Return due: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="696"/>
        <source>共 %1 起</source>
        <translation>Accidents: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="707"/>
        <source>%1 周事故</source>
        <translation>Accidents, week of %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="709"/>
        <source>超期未返回（%1）</source>
        <translation>Overdue, not returned (%1)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="751"/>
        <source>已选择 %1 起事故。</source>
        <translation>Accidents selected: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="753"/>
        <source>选择一起事故查看简要经过、核实和审签情况；可按住 Ctrl 或 Shift 多选后批量核实、审签。</source>
        <translation>Select an accident to see its brief account, verification and sign-off; hold Ctrl or Shift to select several and verify or sign them off together.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="757"/>
        <source>（未填写简要经过）</source>
        <translation>(no brief account)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="759"/>
        <source>按493号计算为%1</source>
        <translation>Computed under Decree 493: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="762"/>
        <source>，更正为%1（%2）</source>
        <translation>, corrected to %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="768"/>
        <source>典型事故：%1。</source>
        <translation>Typical accident: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="770"/>
        <source>承办：%1。</source>
        <translation>Responsible department: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="773"/>
        <source>%1核实：%2。</source>
        <translation>Verified by %1: %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="779"/>
        <source>%1%2于%3审签返回。</source>
        <translation>Signed off by %1 %2 and returned on %3.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="785"/>
        <source>提醒：</source>
        <translation>Warning: </translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="816"/>
        <source>未能录入事故</source>
        <translation>Could not enter the accident</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="829"/>
        <source>已录入 #%1 %2，%3。</source>
        <translation>Entered #%1 %2, %3.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="846"/>
        <source>已保存 #%1 的修改。</source>
        <translation>Changes to #%1 saved.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="847"/>
        <source>未能保存修改</source>
        <translation>Could not save the changes</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="862"/>
        <source>#%1 的等级为%2。</source>
        <translation>The grade of #%1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="867"/>
        <source>未能更正事故等级</source>
        <translation>Could not correct the accident grade</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="877"/>
        <source>把 %1 周已录入的 %2 起事故按所属行业分送有关司局核实？</source>
        <translation>Route the accidents entered for the week of %1 (%2) to the departments responsible for their industries for verification?</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="884"/>
        <source>未能分送司局</source>
        <translation>Could not route to departments</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="888"/>
        <source>本周没有待分送的事故。</source>
        <translation>No accidents are waiting to be routed this week.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="890"/>
        <source>%1 %2 起</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="896"/>
        <source>已分送 %1 起，返回期限 %2：%3。</source>
        <translation>Routed: %1, return due %2 — %3.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="917"/>
        <source>#%1 已改送%2。</source>
        <translation>#%1 reassigned to %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="920"/>
        <source>未能改送</source>
        <translation>Could not reassign</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="934"/>
        <source>已核实 %1 起。</source>
        <translation>Verified: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="936"/>
        <source>未能核实</source>
        <translation>Could not verify</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="947"/>
        <source>未能审签返回</source>
        <translation>Could not sign off and return</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="951"/>
        <source>已审签返回办公厅 %1 起</source>
        <translation>Signed off and returned to the General Office: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="952"/>
        <source>，其中逾期 %1 起。</source>
        <translation>, of which late: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="952"/>
        <source>，均按时。</source>
        <translation>, all on time.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="969"/>
        <source>#%1 已关联名单条目 %2（%3）。</source>
        <translation>#%1 linked to list entry %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="975"/>
        <source>未能关联名单条目</source>
        <translation>Could not link the list entry</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="982"/>
        <source>导入本周事故表格（附件2）</source>
        <translation>Import this week&apos;s accidents workbook (Annex 2)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="982"/>
        <location filename="../../views/pages/accidents.py" line="1031"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="992"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="994"/>
        <source>导入本周表格</source>
        <translation>Import this week&apos;s workbook</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="994"/>
        <source>正在读取和检查…</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="999"/>
        <source>%1：导入 %2 起（计入 %3 周），重复 %4 起，拒收 %5 行。</source>
        <translation>%1: imported %2 (week of %3), duplicates %4, refused rows %5.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1007"/>
        <source>错误报告（改正后可直接重新导入）：%1</source>
        <translation>Error report (correct it and import it again as is): %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1008"/>
        <source>拒收：%1 第%2行 %3：%4</source>
        <translation>Refused: %1 row %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1008"/>
        <source>提醒：%1 第%2行 %3：%4</source>
        <translation>Warning: %1 row %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1011"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1017"/>
        <source>打开错误报告</source>
        <translation>Open error report</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1029"/>
        <source>导出本周事故表格</source>
        <translation>Export this week&apos;s accidents workbook</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1030"/>
        <source>事故周报_%1.xlsx</source>
        <translation>Weekly accidents_%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1041"/>
        <source>已导出 %1 周事故 %2 起：%3</source>
        <translation>Exported the week of %1 (accidents: %2): %3</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="1046"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../views/archive_dialog.py" line="141"/>
        <source>信用档案 — %1</source>
        <translation>Credit archive — %1</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="146"/>
        <source>主体信息</source>
        <translation>Entity details</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="152"/>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="153"/>
        <source>注册地：</source>
        <translation>Registered in:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="154"/>
        <source>行业：</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="155"/>
        <source>存续状态：</source>
        <translation>Business status:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="157"/>
        <source>名单记录：</source>
        <translation>Listings:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="158"/>
        <source>%1 条</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="161"/>
        <source>同名主体：</source>
        <translation>Entities with the same name:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="162"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="175"/>
        <source>该主体没有名单记录。</source>
        <translation>This entity has no listings.</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="175"/>
        <source>名单</source>
        <translation>Listings</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="181"/>
        <source>异议：</source>
        <translation>Objections:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="182"/>
        <source>移出：</source>
        <translation>Removals:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="183"/>
        <source>信用修复：</source>
        <translation>Credit repair:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="185"/>
        <source>异议、移出与信用修复</source>
        <translation>Objections, removals and credit repair</translation>
    </message>
</context>
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
    <name>CloseMeetingDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="166"/>
        <source>结束会议</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="168"/>
        <source>“%1”共 %2 个议题，已决定 %3 个。结束后按决定办理：同意公布的待发布，退回的回到承办司局，暂缓的留待下次会议。</source>
        <translation>“%1”: agenda items %2, decided %3. Once the meeting is closed, the decisions take effect: approved items await publication, returned items go back to the responsible department, deferred items wait for the next meeting.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="176"/>
        <source>会议纪要：</source>
        <translation>Minutes:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="143"/>
        <source>记录会议决定</source>
        <translation>Record meeting decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="144"/>
        <source>为所选 %1 个议题记录会议决定；会议结束前可以修改。</source>
        <translation>Record the meeting decision on the selected agenda items (%1); it can be changed until the meeting is closed.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="153"/>
        <source>会议决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="154"/>
        <source>会议意见：</source>
        <translation>Meeting opinion:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="159"/>
        <source>“%1”须写明会议意见。</source>
        <translation>“%1” requires a meeting opinion.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="154"/>
        <source>决定：</source>
        <translation>Decision:</translation>
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
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../views/pages/intake.py" line="135"/>
        <source>批准延期报送</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="139"/>
        <source>如：办公厅负责同志</source>
        <translation>e.g. head of the General Office</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="141"/>
        <source>报送单位：</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="142"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="143"/>
        <source>延期至：</source>
        <translation>Extended to:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="144"/>
        <source>批准人：</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="145"/>
        <source>理由：</source>
        <translation>Reason:</translation>
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
    <name>GradeDialog</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="348"/>
        <source>更正事故等级</source>
        <translation>Correct accident grade</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="350"/>
        <source>%1：按493号第三条计算为%2，当前为%3。</source>
        <translation>%1: computed as %2 under Decree 493, Art. 3; currently %3.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="360"/>
        <source>必须填写理由，如：续报另有7人下落不明</source>
        <translation>A reason is required, e.g. follow-up report: 7 more people missing</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="362"/>
        <source>事故等级：</source>
        <translation>Accident grade:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="363"/>
        <source>更正理由：</source>
        <translation>Reason for correction:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../views/guide.py" line="18"/>
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
        <location filename="../../views/pages/intake.py" line="158"/>
        <location filename="../../views/pages/intake.py" line="381"/>
        <location filename="../../views/pages/intake.py" line="397"/>
        <source>接收报送包</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="160"/>
        <source>从文件接收…</source>
        <translation>Receive from files…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="162"/>
        <source>从文件夹接收…</source>
        <translation>Receive from a folder…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="164"/>
        <source>从邮箱收取…</source>
        <translation>Fetch from mailbox…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="166"/>
        <source>也可以把 .p7m 报送包或 .eml 邮件直接拖到此处。</source>
        <translation>You can also drag .p7m packages or .eml e-mails here.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="173"/>
        <location filename="../../views/pages/intake.py" line="249"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="174"/>
        <location filename="../../views/pages/intake.py" line="250"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="175"/>
        <location filename="../../views/pages/intake.py" line="251"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="176"/>
        <source>接收时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="177"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="178"/>
        <source>时效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="179"/>
        <source>名单条目</source>
        <translation>List entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="179"/>
        <source>本月无新增</source>
        <translation>Nil return (nothing new this month)</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="180"/>
        <source>隔离</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="181"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="182"/>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="189"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="190"/>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="191"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="192"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="211"/>
        <source>接收记录</source>
        <translation>Received packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="212"/>
        <source>报送时效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="213"/>
        <source>待发反馈</source>
        <translation>Pending feedback</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="222"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="224"/>
        <source>批准延期…</source>
        <translation>Approve extension…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="227"/>
        <source>显示最近：</source>
        <translation>Show the last:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="230"/>
        <source>以总局接收时间为准；更正版本不改变首次报送的时效。</source>
        <translation>Based on the time the Ministry received the package; corrected revisions do not change the timeliness of the first submission.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="252"/>
        <source>结果有变化的条目</source>
        <translation>Entries with a changed outcome</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="258"/>
        <source>签发所选单位的反馈</source>
        <translation>Issue feedback to the selected units</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="260"/>
        <source>全部签发</source>
        <translation>Issue all</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="267"/>
        <source>反馈写明每个条目的审核结果和退回理由，签名后交报送单位导入（存储介质或电子邮件）。</source>
        <translation>Feedback gives each entry&apos;s review outcome and any return reason; once signed, it goes to the reporting unit to import (removable media or e-mail).</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="281"/>
        <source>无法读取报送时效</source>
        <translation>Could not load the timeliness</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="283"/>
        <source>无法读取待发反馈</source>
        <translation>Could not load the pending feedback</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="285"/>
        <source>无法读取接收记录</source>
        <translation>Could not load the received packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="298"/>
        <source>%1：%2 个单位，迟报 %3 个，未报送 %4 个。</source>
        <translation>%1: units %2, late %3, missing %4.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="309"/>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="309"/>
        <source>请先在表格中选择单位和月份。</source>
        <translation>First select a unit and a month in the table.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="321"/>
        <source>无法批准延期</source>
        <translation>Could not approve the extension</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="334"/>
        <location filename="../../views/pages/intake.py" line="342"/>
        <source>签发反馈</source>
        <translation>Issue feedback</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="334"/>
        <source>没有需要签发的反馈。</source>
        <translation>There is no feedback to issue.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="340"/>
        <source>签发反馈失败</source>
        <translation>Issuing feedback failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="342"/>
        <source>正在签名…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="353"/>
        <source>反馈已签发</source>
        <translation>Feedback issued</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="355"/>
        <source>已签发 %1 份反馈：</source>
        <translation>Feedback issued (%1):</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="381"/>
        <source>报送包或邮件 (*.p7m *.eml)</source>
        <translation>Packages or e-mails (*.p7m *.eml)</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="387"/>
        <source>选择存放报送包的文件夹</source>
        <translation>Choose the folder that contains the packages</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="395"/>
        <source>接收失败</source>
        <translation>Receiving failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="397"/>
        <source>正在解密和验证…</source>
        <translation>Decrypting and verifying…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="408"/>
        <source>收取失败</source>
        <translation>Fetching failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="410"/>
        <source>从邮箱收取</source>
        <translation>Fetch from mailbox</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="410"/>
        <source>正在收取邮件…</source>
        <translation>Fetching e-mail…</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="415"/>
        <source>已接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="416"/>
        <source>重复，未导入</source>
        <translation>Duplicate, not imported</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="417"/>
        <source>拒收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="427"/>
        <source>没有新的报送包。</source>
        <translation>No new packages.</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="429"/>
        <source>接收结果</source>
        <translation>Intake results</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="85"/>
        <source>单位名称、统一社会信用代码或认定依据文号</source>
        <translation>Entity name, USCC or basis document no.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="88"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="93"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="94"/>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="95"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="96"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="97"/>
        <source>公布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="98"/>
        <source>期满日期</source>
        <translation>Term ends</translation>
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
    <name>LedgerPage</name>
    <message>
        <location filename="../../views/pages/ledger.py" line="88"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="95"/>
        <source>导出台账（xlsx）…</source>
        <translation>Export ledger (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="97"/>
        <source>导出公示名单（xlsx）…</source>
        <translation>Export public list (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="100"/>
        <source>导出月度通报（PDF）…</source>
        <translation>Export monthly bulletin (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="106"/>
        <source>通报期：</source>
        <translation>Bulletin period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="112"/>
        <source>台账查询</source>
        <translation>Ledger search</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="113"/>
        <location filename="../../views/pages/ledger.py" line="176"/>
        <source>重复报送</source>
        <translation>Duplicate reports</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="114"/>
        <source>跟踪督办</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="115"/>
        <source>月度统计</source>
        <translation>Monthly statistics</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="153"/>
        <source>单位名称、统一社会信用代码或认定依据文号（回车立即查询）</source>
        <translation>Entity name, USCC or basis document no. (press Enter to search at once)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="156"/>
        <source>全部报送单位</source>
        <translation>All reporting units</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="158"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="162"/>
        <source>信用档案…</source>
        <translation>Credit archive…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="168"/>
        <location filename="../../views/pages/ledger.py" line="291"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="169"/>
        <location filename="../../views/pages/ledger.py" line="291"/>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="170"/>
        <location filename="../../views/pages/ledger.py" line="291"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="171"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="172"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="173"/>
        <location filename="../../views/pages/ledger.py" line="291"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="174"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="175"/>
        <source>期满日期</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="176"/>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="177"/>
        <source>失信行为</source>
        <translation>Dishonest conduct</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="178"/>
        <location filename="../../views/pages/ledger.py" line="473"/>
        <source>审核司局</source>
        <translation>Reviewing department</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="179"/>
        <source>公布批次</source>
        <translation>Publication batch</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="193"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="195"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="210"/>
        <source>报送单位：</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="212"/>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="242"/>
        <source>无法查询台账</source>
        <translation>Could not search the ledger</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="249"/>
        <source>共 %1 条，用时 %2 毫秒</source>
        <translation>Entries: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="255"/>
        <source>第 %1–%2 条</source>
        <translation>Entries %1–%2</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="276"/>
        <source>无法读取信用档案</source>
        <translation>Could not load the credit archive</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="299"/>
        <source>同一统一社会信用代码、或名称规范化后相同的主体，由两个以上单位报送的，列为重复报送，请核实后协调处理。</source>
        <translation>Entities with the same USCC, or the same name after normalisation, that were reported by two or more units are listed as duplicate reports. Verify them and coordinate the follow-up.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="311"/>
        <source>无法读取重复报送</source>
        <translation>Could not load the duplicate reports</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="325"/>
        <source>共 %1 组重复报送</source>
        <translation>Duplicate report groups: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="327"/>
        <source>没有重复报送的主体。</source>
        <translation>No duplicate reports.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="333"/>
        <source>全部责任单位</source>
        <translation>All responsible units</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="336"/>
        <location filename="../../views/pages/ledger.py" line="419"/>
        <source>全部督办事项</source>
        <translation>All follow-up items</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="339"/>
        <source>发送督办提醒…</source>
        <translation>Send reminder…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="346"/>
        <location filename="../../views/pages/ledger.py" line="364"/>
        <source>督办事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="347"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="348"/>
        <source>涉及主体或报送包</source>
        <translation>Entity or package</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="349"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="350"/>
        <location filename="../../views/pages/ledger.py" line="476"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="351"/>
        <source>已督办</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="351"/>
        <source>%1 次</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="352"/>
        <source>最近督办</source>
        <translation>Last reminder</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="362"/>
        <source>督办时间</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="363"/>
        <source>督办对象</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="365"/>
        <source>发送人</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="366"/>
        <source>督办内容</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="370"/>
        <source>督办记录</source>
        <translation>Reminders sent</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="377"/>
        <source>责任单位：</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="379"/>
        <source>督办事项：</source>
        <translation>Follow-up item:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="392"/>
        <source>%1 个工作日</source>
        <translation>%1 working day(s)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="393"/>
        <source>%1 天</source>
        <translation>%1 day(s)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="410"/>
        <source>无法读取督办事项</source>
        <translation>Could not load the follow-up items</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="430"/>
        <source>超期事项 %1 件</source>
        <translation>Overdue items: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="439"/>
        <source>请尽快办理：%1</source>
        <translation>Please deal with this promptly: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="456"/>
        <source>未能记录督办提醒</source>
        <translation>Could not record the reminder</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="466"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="467"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="474"/>
        <source>分办条数</source>
        <translation>Routed</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="475"/>
        <source>按时审核</source>
        <translation>Reviewed on time</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="477"/>
        <location filename="../../views/pages/ledger.py" line="516"/>
        <source>退回修改</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="481"/>
        <source>报送与名单情况</source>
        <translation>Reporting and listings</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="483"/>
        <source>司局审核情况</source>
        <translation>Department reviews</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="490"/>
        <source>统计期：</source>
        <translation>Statistics period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="502"/>
        <source>无法读取月度统计</source>
        <translation>Could not load the monthly statistics</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="508"/>
        <source>应报送单位</source>
        <translation>Units required to report</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="509"/>
        <source>已报送单位</source>
        <translation>Units that reported</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="510"/>
        <source>按时报送</source>
        <translation>Reported on time</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="511"/>
        <source>迟报</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="512"/>
        <source>未报送</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="513"/>
        <source>其中无新增</source>
        <translation>Of which nil returns</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="514"/>
        <source>接收名单条目</source>
        <translation>List entries received</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="515"/>
        <source>已公布</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="517"/>
        <source>不予纳入</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="518"/>
        <source>本月移出</source>
        <translation>Removed this month</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="519"/>
        <source>异议</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="528"/>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="530"/>
        <location filename="../../views/pages/ledger.py" line="541"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="533"/>
        <source>已导出台账 %1 条：%2</source>
        <translation>Ledger exported (entries: %1): %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="539"/>
        <source>导出公示名单</source>
        <translation>Export public list</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="544"/>
        <source>已导出公示名单 %1 条（身份证号已隐去部分数字）：%2</source>
        <translation>Public list exported (entries: %1; ID numbers partly masked): %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="553"/>
        <source>导出月度通报</source>
        <translation>Export monthly bulletin</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="555"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="558"/>
        <source>已生成 %1 月度通报：%2</source>
        <translation>Monthly bulletin for %1 generated: %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="590"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="592"/>
        <source>正在导出 %1…</source>
        <translation>Exporting %1…</translation>
    </message>
</context>
<context>
    <name>LegalOpinionDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="72"/>
        <source>记录法律审核意见</source>
        <translation>Record legal review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="74"/>
        <source>为所选 %1 个条目记录政法司意见：同意或提出修改意见的提交会议审议，退回的回到承办司局重新审核。</source>
        <translation>Record the Legal Department&apos;s opinion on the selected entries (%1): entries agreed or with proposed amendments go to the meeting; returned entries go back to the responsible department for another review.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="86"/>
        <source>审核意见：</source>
        <translation>Review opinion:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="87"/>
        <source>意见说明：</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="88"/>
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="93"/>
        <source>“%1”须写明意见。</source>
        <translation>“%1” requires an explanation.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="95"/>
        <source>请填写政法司审核人姓名。</source>
        <translation>Enter the name of the Legal Department reviewer.</translation>
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
    <name>LinkDialog</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="437"/>
        <source>关联名单条目</source>
        <translation>Link list entry</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="442"/>
        <source>按单位名称、信用代码或决定文书筛选</source>
        <translation>Filter by entity name, credit code or decision document</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="446"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="447"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="448"/>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="449"/>
        <source>失信行为</source>
        <translation>Dishonest conduct</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="450"/>
        <source>认定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="451"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="458"/>
        <source>事故：%1 %2</source>
        <translation>Accident: %1 %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="460"/>
        <source>筛选：</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <location filename="../../views/archive_dialog.py" line="73"/>
        <source>报送单位：</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="74"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="75"/>
        <source>名单类别：</source>
        <translation>List category:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="76"/>
        <source>失信行为：</source>
        <translation>Dishonest conduct:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="77"/>
        <source>认定依据文号：</source>
        <translation>Basis document no.:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="78"/>
        <source>认定日期：</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="79"/>
        <source>当前状态：</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="80"/>
        <source>审核司局：</source>
        <translation>Reviewing department:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="80"/>
        <source>（未分办）</source>
        <translation>(not routed)</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="81"/>
        <source>公布批次：</source>
        <translation>Publication batch:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="81"/>
        <source>（未公布）</source>
        <translation>(not published)</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="83"/>
        <source>公布日期：</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="86"/>
        <source>管理期满：</source>
        <translation>Term ends:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="91"/>
        <source>来源报送包：</source>
        <translation>Source package:</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="98"/>
        <source>尚无审核记录</source>
        <translation>No review records yet</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="99"/>
        <source>司局审核与会议审议</source>
        <translation>Department review and meeting decisions</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="104"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="106"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="110"/>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="113"/>
        <source>意见与理由</source>
        <translation>Opinion and reason</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="115"/>
        <source>（报送包 %1）</source>
        <translation> (package %1)</translation>
    </message>
    <message>
        <location filename="../../views/archive_dialog.py" line="126"/>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../views/pages/intake.py" line="54"/>
        <source>从邮箱收取</source>
        <translation>Fetch from mailbox</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="62"/>
        <source>加密连接（SSL/TLS）</source>
        <translation>Encrypted connection (SSL/TLS)</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="66"/>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="67"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="68"/>
        <source>账号：</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="69"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="47"/>
        <source>诚信台账</source>
        <translation>CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="56"/>
        <source>附件1 名单</source>
        <translation>Annex 1 list</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="57"/>
        <source>附件3 移出审核</source>
        <translation>Annex 3 removals</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="58"/>
        <source>附件4 联络员</source>
        <translation>Annex 4 liaisons</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="59"/>
        <source>红名单与典型案例</source>
        <translation>Red list and typical cases</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="60"/>
        <source>报送包</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="61"/>
        <source>接收报送包</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="62"/>
        <source>部门审核</source>
        <translation>Department review</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="63"/>
        <source>审议与发布</source>
        <translation>Review and publication</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="64"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="65"/>
        <source>移出与异议</source>
        <translation>Removals and objections</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="66"/>
        <source>事故周报</source>
        <translation>Weekly accidents</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="67"/>
        <source>单位证书登记</source>
        <translation>Unit certificates</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="68"/>
        <source>证书与密钥</source>
        <translation>Certificates and keys</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="69"/>
        <source>报送单位</source>
        <translation>Reporting units</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="70"/>
        <source>工作日历</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="93"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="120"/>
        <source>尚未完成首次设置</source>
        <translation>Initial setup not completed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="121"/>
        <source>尚未完成首次设置：请从“文件”菜单重新运行首次设置向导。</source>
        <translation>Initial setup not completed: run the initial setup wizard again from the File menu.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="127"/>
        <source>首次设置失败</source>
        <translation>Initial setup failed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="131"/>
        <location filename="../../views/main_window.py" line="253"/>
        <source>首次设置</source>
        <translation>Initial setup</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="131"/>
        <source>正在创建本地数据库…</source>
        <translation>Creating the local database…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="137"/>
        <source>无法打开数据库</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="143"/>
        <source>诚信台账 — %1（%2）</source>
        <translation>CreditLedger — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="146"/>
        <source>用户：%1&#x3000;数据库：%2</source>
        <translation>User: %1 · Database: %2</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="202"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="203"/>
        <source>导入附件1表格(&amp;I)…</source>
        <translation>&amp;Import Annex 1 workbook…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="206"/>
        <source>下载附件1导入模板(&amp;T)…</source>
        <translation>Download Annex 1 import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="208"/>
        <source>首次设置向导(&amp;W)…</source>
        <translation>Initial setup &amp;wizard…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="210"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="219"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="223"/>
        <source>界面语言(&amp;L)</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="228"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="229"/>
        <source>操作指南(&amp;G)</source>
        <translation>Operator &amp;guide (Chinese)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="233"/>
        <source>关于诚信台账(&amp;A)</source>
        <translation>&amp;About CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="254"/>
        <source>本数据目录已完成设置。如需另一单位或版本，请使用新的数据目录。</source>
        <translation>This data folder is already set up. For another unit or edition, use a new data folder.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="289"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="278"/>
        <source>导入完成：%1 条，拒收 %2 行</source>
        <translation>Import finished: %1 entries imported, %2 rows refused</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="287"/>
        <source>附件1导入模板.xlsx</source>
        <translation>Annex 1 import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="289"/>
        <source>保存附件1导入模板</source>
        <translation>Save Annex 1 import template</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="297"/>
        <source>已保存模板：%1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="299"/>
        <source>无法保存模板</source>
        <translation>Could not save the template</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="308"/>
        <location filename="../../views/main_window.py" line="310"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="308"/>
        <source>界面语言已更改，重新启动程序后生效。</source>
        <translation>Interface language changed. It takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="322"/>
        <source>关于诚信台账</source>
        <translation>About CreditLedger</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="324"/>
        <source>诚信台账：安全生产领域失信行为信息报送与台账管理。
依据安监总厅〔2017〕59号、安监总厅〔2018〕10号等文件。</source>
        <translation>CreditLedger: reporting and ledger management of dishonest conduct in work safety.
Based on An Jian Zong Ting [2017] No. 59, An Jian Zong Ting [2018] No. 10 and related documents.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="121"/>
        <source>新建局长办公会议</source>
        <translation>New Director&apos;s Meeting</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="122"/>
        <source>已向党组报告、待会议决定的条目（含上次暂缓的）列入本次会议议题。</source>
        <translation>Entries reported to the Party Group and awaiting a meeting decision (including those deferred last time) go on this meeting&apos;s agenda.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="129"/>
        <source>会议名称：</source>
        <translation>Meeting name:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="130"/>
        <source>会议日期：</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="131"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="136"/>
        <source>请填写会议名称。</source>
        <translation>Enter the meeting name.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="137"/>
        <source>请按“2026-10”的格式填写报送期。</source>
        <translation>Enter the reporting period in the form “2026-10”.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="208"/>
        <source>审议与发布</source>
        <translation>Review and publication</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="214"/>
        <source>送政法司审核…</source>
        <translation>Send to Legal Department…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="216"/>
        <source>记录法律审核意见…</source>
        <translation>Record legal review opinion…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="218"/>
        <source>报告党组…</source>
        <translation>Report to the Party Group…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="220"/>
        <source>新建局长办公会议…</source>
        <translation>New Director&apos;s Meeting…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="222"/>
        <source>记录会议决定…</source>
        <translation>Record meeting decision…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="224"/>
        <source>结束会议…</source>
        <translation>Close meeting…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="226"/>
        <source>发布批次…</source>
        <translation>Publish batch…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="228"/>
        <source>打印审核单…</source>
        <translation>Print review sheets…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="229"/>
        <source>为右侧所选议题或左下所选批次的条目生成 PDF 审核单</source>
        <translation>Generate PDF review sheets for the agenda items selected on the right or for the entries of the batch selected at the bottom left</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="241"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="242"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="243"/>
        <location filename="../../views/pages/meetings.py" line="274"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="243"/>
        <location filename="../../views/pages/meetings.py" line="385"/>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="243"/>
        <location filename="../../views/pages/meetings.py" line="385"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="244"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="245"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="246"/>
        <location filename="../../views/pages/meetings.py" line="260"/>
        <source>条目</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="247"/>
        <source>已决定</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="258"/>
        <source>批次名称</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="259"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="261"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="269"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="270"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="271"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="272"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="273"/>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="275"/>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="276"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="277"/>
        <source>承办司局</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="278"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="279"/>
        <source>失信行为</source>
        <translation>Dishonest conduct</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="286"/>
        <location filename="../../views/pages/meetings.py" line="374"/>
        <source>在左侧选择一次审核或会议，查看其议题。</source>
        <translation>Select a review or meeting on the left to see its agenda.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="294"/>
        <source>审核与会议</source>
        <translation>Reviews and meetings</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="296"/>
        <source>公布批次</source>
        <translation>Publication batches</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="302"/>
        <source>议题</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="313"/>
        <source>流程：承办司局审签 → 政法司审核 → 向党组报告会审情况 → 局长办公会议决定 → 分批公布（公布日期为管理期起算日）。议题可按住 Ctrl 或 Shift 多选。</source>
        <translation>Process: sign-off by the responsible department → legal review by the Legal Department → report to the Party Group → Director&apos;s Meeting decision → publication in batches (the publication date starts the term). Hold Ctrl or Shift to select several agenda items.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="331"/>
        <source>无法读取审议记录</source>
        <translation>Could not load the reviews and meetings</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="363"/>
        <source>无法读取议题</source>
        <translation>Could not load the agenda</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="378"/>
        <source>%1（%2，%3，报送期 %4）：%5 个议题，已决定 %6 个，%7。</source>
        <translation>%1 (%2, %3, period %4): agenda items %5, decided %6, %7.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="387"/>
        <source>纪要：%1</source>
        <translation>Minutes: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="451"/>
        <source>已送政法司审核。</source>
        <translation>Sent to the Legal Department for legal review.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="452"/>
        <source>未能送政法司审核</source>
        <translation>Could not send to the Legal Department</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="466"/>
        <source>已记录 %1 个条目的法律审核意见。</source>
        <translation>Legal review opinion recorded (entries: %1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="467"/>
        <source>未能记录法律审核意见</source>
        <translation>Could not record the legal review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="477"/>
        <source>已记录向党组报告会审情况。</source>
        <translation>Report to the Party Group recorded.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="478"/>
        <source>未能记录党组报告</source>
        <translation>Could not record the Party Group report</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="489"/>
        <source>%1年第%2次局长办公会议</source>
        <translation>%1 Director&apos;s Meeting No. %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="496"/>
        <source>已新建局长办公会议，议题见右侧。</source>
        <translation>Director&apos;s Meeting created; its agenda is on the right.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="497"/>
        <source>未能新建会议</source>
        <translation>Could not create the meeting</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="514"/>
        <source>已记录 %1 个议题的会议决定。</source>
        <translation>Meeting decision recorded (agenda items: %1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="515"/>
        <source>未能记录会议决定</source>
        <translation>Could not record the meeting decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="529"/>
        <source>未能结束会议</source>
        <translation>Could not close the meeting</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="535"/>
        <source>%1 %2 项</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="537"/>
        <source>“%1”已结束：%2。</source>
        <translation>“%1” closed: %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="539"/>
        <source>结束会议</source>
        <translation>Meeting closed</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="553"/>
        <source>%1年第%2批联合惩戒对象名单</source>
        <translation>%1 joint-punishment subject list, batch %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="563"/>
        <source>已公布“%1”，公布日期 %2 起算管理期。</source>
        <translation>Published “%1”; the term starts on the publication date, %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="567"/>
        <source>未能发布批次</source>
        <translation>Could not publish the batch</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="574"/>
        <source>选择保存审核单的文件夹</source>
        <translation>Choose the folder for the review sheets</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="581"/>
        <source>未能生成审核单</source>
        <translation>Could not generate the review sheets</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="583"/>
        <location filename="../../views/pages/meetings.py" line="599"/>
        <source>打印审核单</source>
        <translation>Print review sheets</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="583"/>
        <source>正在生成审核单…</source>
        <translation>Generating review sheets…</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="588"/>
        <source>已取消生成审核单。</source>
        <translation>Review sheet generation cancelled.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="592"/>
        <source>已生成 %1 个审核单 PDF（每个条目 1 份）</source>
        <translation>Review sheet PDFs generated: %1 (one per entry)</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="595"/>
        <source>及合订本 1 份</source>
        <translation>, plus one combined file</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="596"/>
        <source>，保存在：%1</source>
        <translation>; saved in: %1</translation>
    </message>
</context>
<context>
    <name>MinistryRemovalsPage</name>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="327"/>
        <source>移出与异议</source>
        <translation>Removals and objections</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="332"/>
        <source>移出审核</source>
        <translation>Removal review</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="333"/>
        <source>即将期满</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="334"/>
        <source>信用修复</source>
        <translation>Credit repair</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="335"/>
        <source>异议</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="355"/>
        <source>无法查找名单条目</source>
        <translation>Could not search the list entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="366"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="368"/>
        <source>待司局审核</source>
        <translation>Awaiting department review</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="369"/>
        <source>司局已审核，待分管领导审定</source>
        <translation>Reviewed by the department, awaiting approval by the leader in charge</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="370"/>
        <source>已审定同意移出，待移出</source>
        <translation>Removal approved, awaiting removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="371"/>
        <source>审定不同意移出</source>
        <translation>Removal not approved</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="372"/>
        <source>已移出</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="379"/>
        <location filename="../../views/pages/ministry_removals.py" line="548"/>
        <location filename="../../views/pages/ministry_removals.py" line="599"/>
        <location filename="../../views/pages/ministry_removals.py" line="736"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="380"/>
        <location filename="../../views/pages/ministry_removals.py" line="549"/>
        <location filename="../../views/pages/ministry_removals.py" line="600"/>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="381"/>
        <location filename="../../views/pages/ministry_removals.py" line="550"/>
        <location filename="../../views/pages/ministry_removals.py" line="601"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="382"/>
        <source>公布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="383"/>
        <location filename="../../views/pages/ministry_removals.py" line="551"/>
        <source>期满日期</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="384"/>
        <location filename="../../views/pages/ministry_removals.py" line="605"/>
        <location filename="../../views/pages/ministry_removals.py" line="740"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="385"/>
        <source>承办司局</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="386"/>
        <source>省级审核意见</source>
        <translation>Provincial review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="387"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="397"/>
        <source>部门审核意见…</source>
        <translation>Department review opinion…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="399"/>
        <source>领导审定…</source>
        <translation>Leader approval…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="401"/>
        <source>执行移出…</source>
        <translation>Carry out removal…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="406"/>
        <source>各省报送的移出审核结果（附件3）：承办司局审核 → 分管领导审定 → 办公厅执行移出并公布移出名单。可按住 Ctrl 或 Shift 多选，同一步骤的事项一并办理。</source>
        <translation>Removal review results reported by the provinces (Annex 3): review by the responsible department → approval by the leader in charge → the General Office carries out the removal and publishes the removal list. Hold Ctrl or Shift to select several items at the same step and handle them together.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="431"/>
        <source>（管理期内再次失信）</source>
        <translation> (dishonest again during the term)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="437"/>
        <source>分管领导：%1</source>
        <translation>Leader in charge: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="439"/>
        <source>%1 移出</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="444"/>
        <source>无法读取移出审核</source>
        <translation>Could not load the removal reviews</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="448"/>
        <source>共 %1 条</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="459"/>
        <source>选择一条或多条移出审核事项后办理。</source>
        <translation>Select one or more removal reviews to act on them.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="463"/>
        <source>%1（%2）
省级审核意见：%3
司局审核意见（%4）：%5</source>
        <translation>%1 (%2)
Provincial review opinion: %3
Department review opinion (%4): %5</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="468"/>
        <source>尚未审核</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="473"/>
        <source>等 %1 条</source>
        <translation> and others (%1 in total)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="481"/>
        <source>部门审核意见</source>
        <translation>Department review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="483"/>
        <location filename="../../views/pages/ministry_removals.py" line="505"/>
        <source>同意移出</source>
        <translation>Agree to removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="483"/>
        <location filename="../../views/pages/ministry_removals.py" line="505"/>
        <source>不同意移出</source>
        <translation>Disagree with removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="484"/>
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="485"/>
        <source>审核意见：</source>
        <translation>Review opinion:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="494"/>
        <source>已记录 %1 条的司局审核意见，待分管领导审定。</source>
        <translation>Department review opinion recorded (entries: %1); awaiting approval by the leader in charge.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="495"/>
        <source>未能记录审核意见</source>
        <translation>Could not record the review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="503"/>
        <source>分管领导审定</source>
        <translation>Approval by the leader in charge</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="506"/>
        <source>分管领导：</source>
        <translation>Leader in charge:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="507"/>
        <source>意见（不同意须写明理由）：</source>
        <translation>Opinion (a reason is required when not approving):</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="517"/>
        <source>已记录 %1 条的审定结果。</source>
        <translation>Approval result recorded (entries: %1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="518"/>
        <source>未能记录审定结果</source>
        <translation>Could not record the approval result</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="532"/>
        <source>已移出 %1 条，移出名单“%2”已生成。</source>
        <translation>Removed (entries: %1); removal list “%2” generated.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="533"/>
        <source>未能执行移出</source>
        <translation>Could not carry out the removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="542"/>
        <source>期满在 </source>
        <translation>Term ends within </translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="543"/>
        <source> 天内（含已期满）</source>
        <translation> days (incl. ended)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="552"/>
        <source>距期满</source>
        <translation>Until term ends</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="553"/>
        <source>移出材料截止</source>
        <translation>Removal review due</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="554"/>
        <source>移出审核结果</source>
        <translation>Removal review result</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="555"/>
        <source>督办</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="555"/>
        <source>逾期未报，请督促</source>
        <translation>Overdue, send a reminder</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="561"/>
        <source>省级单位须在管理期满前10个工作日报送移出审核结果（附件3）；逾期未报的列入督办。</source>
        <translation>Provincial units must report the removal review result (Annex 3) 10 working days before the term ends; overdue ones are put on follow-up.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="576"/>
        <source>已期满 %1 天</source>
        <translation>Ended %1 day(s) ago</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="577"/>
        <source>%1 天</source>
        <translation>%1 day(s)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="581"/>
        <source>无法读取期满清单</source>
        <translation>Could not load the expiring entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="588"/>
        <source>共 %1 条；已收到移出审核结果 %2 条；逾期未报 %3 条。</source>
        <translation>Entries: %1; removal review results received: %2; overdue: %3.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="602"/>
        <source>规则包</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="603"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="604"/>
        <source>可申请日期</source>
        <translation>Eligible from</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="606"/>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="607"/>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="609"/>
        <location filename="../../views/pages/ministry_removals.py" line="742"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="622"/>
        <source>登记提前移出申请…</source>
        <translation>Register early removal application…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="624"/>
        <location filename="../../views/pages/ministry_removals.py" line="753"/>
        <source>作出决定…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="626"/>
        <source>撤销提前移出…</source>
        <translation>Revoke early removal…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="630"/>
        <source>规则包允许的（如应急管理部令第11号，列入满12个月），单位可申请提前移出（信用修复）；规则包没有提前移出规定的，只能期满移出。以欺骗等手段提前移出的，撤销并恢复列入。</source>
        <translation>Where the rule pack allows it (e.g. Ministry of Emergency Management Order No. 11: after 12 months on the list), a unit may apply for early removal (credit repair); where the rule pack has no early removal provision, removal happens only when the term ends. An early removal obtained by deception or similar means is revoked and the listing restored.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="649"/>
        <source>无法读取信用修复申请</source>
        <translation>Could not load the credit repair applications</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="661"/>
        <source>选择一条申请后作出决定或撤销。</source>
        <translation>Select an application to decide on it or revoke it.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="665"/>
        <source>%1（%2，%3）：%4
申请及决定理由：%5</source>
        <translation>%1 (%2, %3): %4
Grounds and decision reasons: %5</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="673"/>
        <source>
撤销理由：%1</source>
        <translation>
Revocation reason: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="683"/>
        <source>已登记提前移出申请，待作出决定。</source>
        <translation>Early removal application registered; awaiting a decision.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="684"/>
        <source>未能登记提前移出申请</source>
        <translation>Could not register the early removal application</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="692"/>
        <source>信用修复决定</source>
        <translation>Credit repair decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="694"/>
        <source>准予提前移出</source>
        <translation>Grant early removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="694"/>
        <source>不予提前移出</source>
        <translation>Refuse early removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="695"/>
        <source>决定人：</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="696"/>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="705"/>
        <source>已作出信用修复决定。</source>
        <translation>Credit repair decision recorded.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="706"/>
        <source>未能记录信用修复决定</source>
        <translation>Could not record the credit repair decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="714"/>
        <source>撤销提前移出</source>
        <translation>Revoke early removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="715"/>
        <source>%1：撤销后恢复列入，管理期限照原计算。</source>
        <translation>%1: after revocation the listing is restored and the term runs as originally calculated.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="716"/>
        <source>撤销理由：</source>
        <translation>Revocation reason:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="724"/>
        <source>已撤销提前移出，条目恢复列入。</source>
        <translation>Early removal revoked; the entry is listed again.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="725"/>
        <source>未能撤销提前移出</source>
        <translation>Could not revoke the early removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="731"/>
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="737"/>
        <source>异议人</source>
        <translation>Objector</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="738"/>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="739"/>
        <source>核查期限</source>
        <translation>Verification due</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="741"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="749"/>
        <source>登记异议…</source>
        <translation>Register objection…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="751"/>
        <source>开始核查…</source>
        <translation>Start verification…</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="756"/>
        <source>登记异议后，该条目标为“异议核查中”，须在核查期限内核实并作出决定，决定须写明理由。</source>
        <translation>Once an objection is registered, the entry is marked “objection under verification”; it must be verified and decided within the verification period, and the decision must state its reason.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="778"/>
        <source>%1（已超期）</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="782"/>
        <source>无法读取异议</source>
        <translation>Could not load the objections</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="786"/>
        <source>共 %1 件</source>
        <translation>Objections: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="795"/>
        <source>选择一件异议查看内容、核查情况和处理理由。</source>
        <translation>Select an objection to see its content, verification and decision reason.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="799"/>
        <source>%1（%2，%3）
异议内容（%4）：%5
核查情况：%6
处理：%7</source>
        <translation>%1 (%2, %3)
Objection (%4): %5
Verification: %6
Decision: %7</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="805"/>
        <source>尚未核查</source>
        <translation>Not verified yet</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="807"/>
        <source>尚未决定</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="818"/>
        <source>已登记异议，该条目标为“异议核查中”。</source>
        <translation>Objection registered; the entry is marked “objection under verification”.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="819"/>
        <source>未能登记异议</source>
        <translation>Could not register the objection</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="827"/>
        <source>开始核查</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="829"/>
        <source>核查安排或核查情况：</source>
        <translation>Verification arrangements or findings:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="837"/>
        <source>已开始核查。</source>
        <translation>Verification started.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="838"/>
        <source>未能记录核查</source>
        <translation>Could not record the verification</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="846"/>
        <source>%1：%2（异议人：%3）</source>
        <translation>%1: %2 (objector: %3)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="858"/>
        <source>已作出异议处理决定。</source>
        <translation>Objection decision recorded.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="859"/>
        <source>未能记录异议处理决定</source>
        <translation>Could not record the objection decision</translation>
    </message>
</context>
<context>
    <name>ObjectionDecisionDialog</name>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="256"/>
        <source>异议处理决定</source>
        <translation>Objection decision</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="264"/>
        <source>失信行为简况：</source>
        <translation>Summary of the behaviour:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="265"/>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="266"/>
        <source>惩戒措施说明：</source>
        <translation>Notes on the measures:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="269"/>
        <source>更正后的内容（只填需要更正的项）</source>
        <translation>Corrected content (fill in only the fields to correct)</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="276"/>
        <source>处理决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="277"/>
        <source>决定人：</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="278"/>
        <source>处理理由：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="214"/>
        <source>登记异议</source>
        <translation>Register objection</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="219"/>
        <source>提出异议的单位或个人</source>
        <translation>Unit or person raising the objection</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="222"/>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="222"/>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="222"/>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="222"/>
        <source>来访</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="224"/>
        <source>名单条目：</source>
        <translation>List entry:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="225"/>
        <source>登记日期：</source>
        <translation>Registered on:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="226"/>
        <source>异议人：</source>
        <translation>Objector:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="227"/>
        <source>提出方式：</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="228"/>
        <source>异议内容：</source>
        <translation>Objection details:</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <location filename="../../views/pages/review.py" line="68"/>
        <source>填写审核意见</source>
        <translation>Enter review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="69"/>
        <source>为选中的 %1 条填写司局审核意见。</source>
        <translation>Enter the department review opinion for the selected entries (%1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="82"/>
        <source>审核意见：</source>
        <translation>Review opinion:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="83"/>
        <source>意见说明：</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="84"/>
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="91"/>
        <source>同意纳入时意见说明可以不填。</source>
        <translation>When agreeing to list, the explanation is optional.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="93"/>
        <source>须写明理由：条目退回报送单位修改，理由写入其回执；审核计时暂停。</source>
        <translation>A reason is required: the entries go back to the reporting unit for correction, the reason is written into its receipt, and the review clock pauses.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="95"/>
        <source>须写明理由。</source>
        <translation>A reason is required.</translation>
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
    <name>PartyGroupDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="102"/>
        <source>报告党组</source>
        <translation>Report to the Party Group</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="103"/>
        <source>记录向党组报告会审情况：经政法司审核、尚未报告的条目全部列入本次报告。</source>
        <translation>Record the report to the Party Group: all entries reviewed by the Legal Department and not yet reported are included in this report.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="109"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="110"/>
        <source>报告日期：</source>
        <translation>Report date:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="111"/>
        <source>报告情况：</source>
        <translation>Report summary:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="115"/>
        <source>请按“2026-10”的格式填写报送期。</source>
        <translation>Enter the reporting period in the form “2026-10”.</translation>
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
    <name>PublishDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="185"/>
        <source>发布批次</source>
        <translation>Publish batch</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="187"/>
        <source>把“%1”审定公布的 %2 个条目作为一个批次公布。公布日期即各条目管理期的起算日（个别规则以列入决定日期起算），期满前10个工作日须报送移出材料。</source>
        <translation>Publish the entries approved for publication by “%1” (%2) as one batch. The publication date starts each entry&apos;s term (a few rules count from the listing decision date instead); removal documents are due 10 working days before the term ends.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="197"/>
        <source>批次名称：</source>
        <translation>Batch name:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="198"/>
        <source>公布日期：</source>
        <translation>Published on:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="202"/>
        <source>请填写公布批次名称。</source>
        <translation>Enter the publication batch name.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="376"/>
        <location filename="../../views/pages/review.py" line="46"/>
        <source>改送其他司局</source>
        <translation>Reassign to another department</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="378"/>
        <source>%1：现由%2核实。</source>
        <translation>%1: currently being verified by %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="385"/>
        <source>必须填写理由</source>
        <translation>A reason is required</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="387"/>
        <source>改送司局：</source>
        <translation>Reassign to:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="388"/>
        <source>改送理由：</source>
        <translation>Reason for reassignment:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="47"/>
        <source>把选中的 %1 条改送其他司局审核；新司局的 3 个工作日审核时限从今天起算。</source>
        <translation>Reassign the selected entries (%1) to another department for review; the new department&apos;s 3-working-day review period starts today.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="57"/>
        <source>改送至：</source>
        <translation>Reassign to:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="58"/>
        <source>理由（必填）：</source>
        <translation>Reason (required):</translation>
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
    <name>RemindDialog</name>
    <message>
        <location filename="../../views/pages/ledger.py" line="62"/>
        <source>发送督办提醒</source>
        <translation>Send reminder</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="75"/>
        <source>督办事项：</source>
        <translation>Follow-up item:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ledger.py" line="76"/>
        <source>督办内容：</source>
        <translation>Message:</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="190"/>
        <source>执行移出</source>
        <translation>Carry out removal</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="193"/>
        <source>如：2026年第11批移出名单</source>
        <translation>e.g. 2026 removal list, batch 11</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="195"/>
        <source>将 %1 条已审定同意的名单移出，并作为一批移出名单公布。</source>
        <translation>Remove the entries approved for removal (%1) and publish them as one removal list batch.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="199"/>
        <source>移出日期：</source>
        <translation>Removal date:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="200"/>
        <source>移出名单批次：</source>
        <translation>Removal list batch:</translation>
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
    <name>RepairDialog</name>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="304"/>
        <source>登记提前移出（信用修复）申请</source>
        <translation>Register early removal (credit repair) application</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="309"/>
        <source>整改、履行法定义务、作出信用承诺等情况</source>
        <translation>Rectification, fulfilment of legal obligations, credit commitments, etc.</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="310"/>
        <source>名单条目：</source>
        <translation>List entry:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="311"/>
        <source>申请日期：</source>
        <translation>Applied on:</translation>
    </message>
    <message>
        <location filename="../../views/pages/ministry_removals.py" line="312"/>
        <source>申请理由：</source>
        <translation>Grounds:</translation>
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
    <name>ReturnDialog</name>
    <message>
        <location filename="../../views/pages/review.py" line="126"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="127"/>
        <source>退回选中的 %1 条。</source>
        <translation>Return the selected entries (%1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="131"/>
        <source>省级单位（报送单位修改后重新报送）</source>
        <translation>Provincial unit (the reporting unit corrects and resubmits)</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="132"/>
        <source>部门重新审核（重新计时 3 个工作日）</source>
        <translation>Department re-review (a new 3-working-day clock)</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="136"/>
        <source>退回理由写入报送单位的回执，省级单位可以看到；退回省级单位期间司局审核计时暂停。</source>
        <translation>The return reason is written into the reporting unit&apos;s receipt, where the provincial unit can see it; while entries are back with the provincial unit, the department&apos;s review clock pauses.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="139"/>
        <source>退回至：</source>
        <translation>Return to:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="140"/>
        <source>退回理由（必填）：</source>
        <translation>Return reason (required):</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../views/pages/review.py" line="151"/>
        <source>部门审核</source>
        <translation>Department review</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="158"/>
        <source>全部司局</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="161"/>
        <source>全部在办</source>
        <translation>All in progress</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="162"/>
        <source>待分办</source>
        <translation>Awaiting routing</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="163"/>
        <source>部门审核中</source>
        <translation>In department review</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="164"/>
        <source>已退回省级修改</source>
        <translation>Returned to the province</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="165"/>
        <source>已审签</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="166"/>
        <source>司局自查待报送</source>
        <translation>Own department findings, not yet submitted</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="170"/>
        <location filename="../../views/pages/review.py" line="341"/>
        <source>全部报送期</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="171"/>
        <source>仅显示上次审核后有变更的条目</source>
        <translation>Only entries changed since the last review</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="178"/>
        <source>司局：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="179"/>
        <source>环节：</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="180"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="188"/>
        <source>按规则分办</source>
        <translation>Route by rules</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="189"/>
        <source>分办选中的待分办条目；未选择时分办全部待分办条目。</source>
        <translation>Routes the selected entries awaiting routing; with nothing selected, routes all entries awaiting routing.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="191"/>
        <source>改送其他司局…</source>
        <translation>Reassign to another department…</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="193"/>
        <source>填写审核意见…</source>
        <translation>Enter review opinion…</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="195"/>
        <source>司局审签…</source>
        <translation>Department sign-off…</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="197"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="199"/>
        <source>报送本司局核实的条目…</source>
        <translation>Submit own department&apos;s entries…</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="200"/>
        <source>总局司局自己核实的失信信息（草稿），经司局负责人审签后进入审议。</source>
        <translation>Dishonest conduct verified by a Ministry department itself (drafts) goes to review after sign-off by the department head.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="214"/>
        <source>报送单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="215"/>
        <source>单位名称</source>
        <translation>Entity name</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="216"/>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="217"/>
        <source>承办司局</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="218"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="219"/>
        <source>审核时限</source>
        <translation>Review deadline</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="220"/>
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="221"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="222"/>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="223"/>
        <source>报送期</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="224"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="225"/>
        <source>失信行为</source>
        <translation>Dishonest conduct</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="239"/>
        <location filename="../../views/pages/review.py" line="382"/>
        <source>在上表中选择一条查看审核详情；按 Ctrl 或 Shift 可多选后批量办理。</source>
        <translation>Select an entry above to see its review details; hold Ctrl or Shift to select several and handle them together.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="257"/>
        <source>失信行为：</source>
        <translation>Dishonest conduct:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="258"/>
        <source>分办依据：</source>
        <translation>Routing basis:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="259"/>
        <source>分办日期：</source>
        <translation>Routed on:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="260"/>
        <source>审核期限：</source>
        <translation>Review due:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="261"/>
        <source>剩余工作日：</source>
        <translation>Working days left:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="262"/>
        <source>计时：</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="263"/>
        <source>退回理由：</source>
        <translation>Return reason:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="266"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="267"/>
        <source>审核时</source>
        <translation>At review</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="268"/>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="276"/>
        <source>上次审核后的变更：</source>
        <translation>Changes since the last review:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="278"/>
        <source>审核详情</source>
        <translation>Review details</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="325"/>
        <source>无法读取审核队列</source>
        <translation>Could not load the review queue</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="350"/>
        <source>共 %1 条</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="396"/>
        <source>%1（%2），%3报送，现为“%4”，承办：%5</source>
        <translation>%1 (%2), reported by %3, now “%4”, responsible department: %5</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="407"/>
        <source>（未分办）</source>
        <translation>(not routed)</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="414"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="415"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="420"/>
        <source>无法读取审核详情</source>
        <translation>Could not load the review details</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="427"/>
        <source>本司局核实的失信信息，由本司局负责人审签报送。</source>
        <translation>Verified by this department itself; submitted after sign-off by its head.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="430"/>
        <source>按规则应分办至%1：%2</source>
        <translation>By the rules this is routed to %1: %2</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="435"/>
        <source>（已改送%1）</source>
        <translation> (reassigned to %1)</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="450"/>
        <source>未能分办</source>
        <translation>Could not route</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="464"/>
        <source>已改送 %1 条至%2。</source>
        <translation>Reassigned to %2 (entries: %1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="465"/>
        <source>未能改送</source>
        <translation>Could not reassign</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="479"/>
        <source>已退回报送单位修改，理由将写入其回执。</source>
        <translation> Returned to the reporting unit for correction; the reason will be written into its receipt.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="484"/>
        <source>已为 %1 条填写审核意见：%2。</source>
        <translation>Review opinion entered (entries: %1): %2.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="486"/>
        <source>未能保存审核意见</source>
        <translation>Could not save the review opinion</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="498"/>
        <source>司局负责人审签选中的 %1 条（须已填写审核意见），审签后交回办公厅。</source>
        <translation>The department head signs off the selected entries (%1; their review opinions must already be entered); they then go back to the General Office.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="501"/>
        <source>司局审签</source>
        <translation>Department sign-off</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="506"/>
        <source>已审签 %1 条，交回办公厅。</source>
        <translation>Signed off (entries: %1) and sent back to the General Office.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="507"/>
        <source>未能审签</source>
        <translation>Could not sign off</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="519"/>
        <source>已退回 %1 条至省级单位修改；报送单位将在回执中看到退回理由。</source>
        <translation>Returned to the provincial unit for correction (entries: %1); the reporting unit will see the reason in its receipt.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="521"/>
        <source>已退回 %1 条由司局重新审核。</source>
        <translation>Returned for department re-review (entries: %1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="525"/>
        <source>未能退回</source>
        <translation>Could not return</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="530"/>
        <source>选中的 %1 条本司局核实的失信信息经司局负责人审签后报送，进入审议环节。</source>
        <translation>The selected entries verified by this department (%1) are submitted with the department head&apos;s sign-off and go to the review stage.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="533"/>
        <source>报送本司局核实的条目</source>
        <translation>Submit own department&apos;s entries</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="538"/>
        <source>已报送 %1 条本司局核实的条目。</source>
        <translation>Own department&apos;s entries submitted: %1.</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="539"/>
        <source>未能报送</source>
        <translation>Could not submit</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../views/table_models.py" line="69"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../views/table_models.py" line="71"/>
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
    <name>SendToLegalDialog</name>
    <message>
        <location filename="../../views/pages/meetings.py" line="57"/>
        <source>送政法司审核</source>
        <translation>Send to Legal Department</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="58"/>
        <source>把该报送期已由承办司局审签的条目（各渠道）一并送政法司进行法律审核。</source>
        <translation>Send all entries of this period signed off by the responsible departments (from every channel) to the Legal Department for legal review.</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="62"/>
        <source>报送期：</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../views/pages/meetings.py" line="66"/>
        <source>请按“2026-10”的格式填写报送期。</source>
        <translation>Enter the reporting period in the form “2026-10”.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="419"/>
        <source>司局审签并返回办公厅</source>
        <translation>Department sign-off and return to the General Office</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="421"/>
        <source>司长</source>
        <translation>Director-General</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="422"/>
        <source>审签所选的 %1 起已核实事故。</source>
        <translation>Sign off the selected verified accidents (%1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="423"/>
        <location filename="../../views/pages/review.py" line="115"/>
        <source>审签人姓名：</source>
        <translation>Name of the signer:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="424"/>
        <location filename="../../views/pages/review.py" line="116"/>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../views/pages/review.py" line="112"/>
        <source>例如：司长、副司长</source>
        <translation>e.g. Director-General, Deputy Director-General</translation>
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
    <name>TimelinessModel</name>
    <message>
        <location filename="../../views/pages/intake.py" line="109"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../views/pages/intake.py" line="124"/>
        <source>首次接收：%1；共 %2 个版本</source>
        <translation>First received: %1; revisions: %2</translation>
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
    <name>VerifyDialog</name>
    <message>
        <location filename="../../views/pages/accidents.py" line="401"/>
        <source>核实事故信息</source>
        <translation>Verify accident information</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="403"/>
        <source>如：已会同省应急管理厅核实，信息无误</source>
        <translation>e.g. Verified with the provincial emergency management department; the information is correct</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="404"/>
        <source>核实所选的 %1 起事故。</source>
        <translation>Verify the selected accidents (%1).</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="405"/>
        <source>核实人：</source>
        <translation>Verified by:</translation>
    </message>
    <message>
        <location filename="../../views/pages/accidents.py" line="406"/>
        <source>核实意见：</source>
        <translation>Verification opinion:</translation>
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
