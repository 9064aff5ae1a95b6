<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountService</name>
    <message>
        <location filename="../../src/services/accounts/account_service.cpp" line="+34"/>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user name must have 2 to 32 characters.</source>
        <translation>用户名须为 2 至 32 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name may not contain spaces or commas.</source>
        <translation>用户名不能包含空格或逗号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the office&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The area code is the 6 to 12 digit administrative division code, e.g. 110105.</source>
        <translation>行政区划代码应为 6 至 12 位数字，例如 110105。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This database is already set up; sign in instead.</source>
        <translation>该数据库已完成设置，请直接登录。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The user name or password is not correct.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The account %1 is disabled. Ask an administrator.</source>
        <translation>账户 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is locked after %1 wrong passwords; try again after %2 or ask an administrator to reset the password.</source>
        <translation>连续 %1 次密码错误，账户已锁定；请于 %2 后重试，或请管理员重置密码。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>The account is disabled.</source>
        <translation>该账户已停用。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password was changed meanwhile; sign in again.</source>
        <translation>密码已在此期间被修改，请重新登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password could not be changed; nothing was changed.</source>
        <translation>未能修改密码，未作任何改动。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no account named %1.</source>
        <translation>不存在名为 %1 的账户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+95"/>
        <source>Give the account at least one role.</source>
        <translation>请为账户至少分配一个角色。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>An account named %1 already exists.</source>
        <translation>名为 %1 的账户已存在。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 is the last active administrator; make another administrator first.</source>
        <translation>%1 是最后一个在用的系统管理员，请先将其他账户设为系统管理员。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您本人的账户。</translation>
    </message>
</context>
<context>
    <name>ApplicationDisplay</name>
    <message>
        <location filename="../../src/gui/applications/application_display.cpp" line="+57"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start of the investigation</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street office investigation</source>
        <translation>街道调查核实</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole process</source>
        <translation>全流程办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal notice to the applicant</source>
        <translation>送达不予批准告知书</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start the investigation</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the street office investigation</source>
        <translation>完成街道调查核实</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Public notice ends</source>
        <translation>公示期满</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Decide the application</source>
        <translation>作出审批决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole process time limit</source>
        <translation>全流程办结时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over the refusal notice</source>
        <translation>送达不予批准告知书</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public notice over: submit for approval</source>
        <translation>公示期满：请报送审批</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency request: %1</source>
        <translation>急难求助：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval (supervisor)</source>
        <translation>审批（审核审批人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>调查核实</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discrepancy</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommends refusal</source>
        <translation>建议不予批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommends approval</source>
        <translation>建议批准</translation>
    </message>
</context>
<context>
    <name>ApplicationForms</name>
    <message>
        <location filename="../../src/reports/applications/application_forms.cpp" line="+18"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yyyy-MM</source>
        <extracomment>The format of a month on printed forms (QDate::toString format).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd</source>
        <extracomment>The format of a date on printed forms (QDate::toString format).</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+53"/>
        <location line="+30"/>
        <source>Application No. %1</source>
        <translation>申请编号：%1</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+80"/>
        <location line="+30"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Your application for %1, received on %2, cannot be accepted yet: the following materials are missing. Please bring all of them together; nothing else will be asked of you for this application.</source>
        <translation>您于 %2 提出的%1申请，因缺少下列材料，暂不能受理。请一次性补齐以下全部材料；对本次申请，我单位不再要求您提供其他材料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Original and one copy</source>
        <translation>原件及复印件一份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>提供形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the materials are complete the application is accepted, and the office handles it within the time limits the rules set.</source>
        <translation>材料齐全后即予受理，我单位将在规定时限内办理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caseworker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+83"/>
        <location line="+25"/>
        <source>Applicant (received)</source>
        <translation>申请人（签收）</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+83"/>
        <location line="+25"/>
        <source> (seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Home visit record</source>
        <translation>入户调查表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household No.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Applicant seen in person</source>
        <translation>是否见到申请人本人</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Living conditions</source>
        <translation>居住生活状况</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Ability to work</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Other findings</source>
        <translation>其他情况</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Visit date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>We confirm that the above was found on the visit and is true.</source>
        <translation>以上情况经入户调查核实，真实无误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigator</source>
        <translation>调查人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notice of approval</source>
        <translation>审核确认通知书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your application for %1 was examined and approved on %2. You are granted a one-off amount of %3.</source>
        <translation>您申请的%1，经审核，于 %2 予以批准，一次性给予救助金 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your application for %1 was examined and approved on %2. From %3 you receive %4 a month, paid to the bank account on file.</source>
        <translation>您申请的%1，经审核，于 %2 予以批准。自 %3 起每月发放 %4，发放至您登记的银行账户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please report any change in your household&apos;s members, income or assets to the community or the street office within a month; the assistance is reviewed regularly and adjusted to your situation.</source>
        <translation>家庭成员、收入或财产状况发生变化的，请于一个月内告知所在社区或街道办事处；救助待遇将定期复核，并根据家庭实际情况相应调整。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notice of refusal</source>
        <translation>不予批准告知书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your application for %1, received on %2, was examined and is not approved (%3), for the following reasons:</source>
        <translation>您于 %2 提出的%1申请，经审核，于 %3 决定不予批准，理由如下：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit before the people&apos;s court within 6 months. You may apply again when your circumstances change.</source>
        <translation>如对本决定不服，可以自收到本告知书之日起 60 日内依法申请行政复议，或者在 6 个月内依法向人民法院提起行政诉讼。家庭情况发生变化的，可以重新提出申请。</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <location filename="../../src/services/applications/application_checks_import.cpp" line="+88"/>
        <source>The file is neither UTF-8 nor GB18030 text (byte %1).</source>
        <translation>文件既不是 UTF-8 编码也不是 GB18030 编码的文本（第 %1 字节）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The header has no column %1 (%2).</source>
        <translation>表头中缺少 %1（%2）列。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no application %1.</source>
        <translation>不存在编号为 %1 的申请。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application %1 is not under investigation.</source>
        <translation>申请 %1 不在调查核实阶段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown department “%1”: use 公安, 人社, 税务, 不动产, 市场监管, 公积金, 车辆 or 金融.</source>
        <translation>未知部门“%1”：请填写 公安、人社、税务、不动产、市场监管、公积金、车辆 或 金融。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The result is “一致” (consistent) or “不一致” (discrepancy), not “%1”.</source>
        <translation>核对结果应为“一致”或“不一致”，不能为“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A discrepancy needs its description.</source>
        <translation>核对结果不一致的，须填写情况说明。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/services/applications/application_investigation.cpp" line="+225"/>
        <source>The check date cannot be in the future.</source>
        <translation>核对日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A quoted cell is never closed: the file is cut short.</source>
        <translation>有带引号的单元格未闭合：文件内容不完整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <location filename="../../src/services/applications/application_decision.cpp" line="+26"/>
        <location line="+264"/>
        <source>%1 entered this application and may not decide it (four-eyes rule).</source>
        <translation>%1 录入了本申请，不得对本申请作出审批决定（经办与审批相分离）。</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>%1 investigated this application and may not decide it (four-eyes rule).</source>
        <translation>%1 参与了本申请的调查核实，不得对本申请作出审批决定（经办与审批相分离）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The applicant is related to staff (近亲属): approval waits for an extra home visit by a supervisor.</source>
        <translation>申请人系工作人员近亲属：须由审核审批人另行入户调查后方可审批。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The reserve fund holds %1, less than the %2 to pay: top it up first.</source>
        <translation>备用金余额为 %1，不足以支付 %2：请先补充备用金。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The rules give nothing for this application as recorded on %1: correct the household&apos;s records or refuse it.</source>
        <translation>按 %1 登记的家庭情况，依规则测算本申请无救助金额：请更正家庭档案信息，或作出不予批准决定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An active case of the same programme exists already; record a change on it instead.</source>
        <translation>同一救助项目已有在保案件；请在该案件上登记变更。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Approved on application %1</source>
        <translation>根据申请 %1 批准</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The approval cannot come before the application was sent for approval.</source>
        <translation>批准日期不能早于申请报送审批的日期。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rules give no temporary assistance for this request as recorded: refuse it or correct the request.</source>
        <translation>按现有登记情况，依规则测算本次求助无临时救助金额：请作出不予批准决定，或更正求助内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Temporary assistance, application %1</source>
        <translation>临时救助，申请 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A refusal needs its reasons in writing.</source>
        <translation>不予批准须书面说明理由。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only emergency temporary assistance is paid first (先行救助).</source>
        <translation>仅急难型临时救助可以先行救助。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>先行救助 is paid on an accepted application not yet decided.</source>
        <translation>先行救助仅适用于已受理但尚未作出审批决定的申请。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application has been paid first already.</source>
        <translation>本申请已先行救助，不能重复支付。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment date lies between the request and today.</source>
        <translation>支付日期须在求助时间至今天之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>先行救助 is only for amounts the street office may approve (TA-3).</source>
        <translation>先行救助仅限于街道有权审批的金额（TA-3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>先行救助, application %1</source>
        <translation>先行救助，申请 %1</translation>
    </message>
    <message>
        <location filename="../../src/services/applications/application_investigation.cpp" line="-140"/>
        <location filename="../../src/services/applications/application_service.cpp" line="+119"/>
        <source>The household no longer exists.</source>
        <translation>该家庭档案已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person applied for is no longer a member of the household.</source>
        <translation>申请对象已不是本家庭成员。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The approval-stage home visit is made while the application awaits approval.</source>
        <translation>审批阶段的入户调查须在申请待审批期间进行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits are recorded while the application is under investigation.</source>
        <translation>走访调查须在申请处于调查核实阶段时登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visit date cannot be in the future.</source>
        <translation>调查日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The visit date cannot be before the application was received.</source>
        <translation>调查日期不能早于申请日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the staff who made the visit.</source>
        <translation>请选择参与调查的工作人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A home visit is made by at least two staff (RV-2).</source>
        <translation>入户调查须由至少两名工作人员进行（RV-2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A staff member chosen is not an active user.</source>
        <translation>所选工作人员中有人不是在用的系统用户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The extra visit for an applicant related to staff is a home visit by a supervisor.</source>
        <translation>申请人系工作人员近亲属的，审批前的补充调查须由审核审批人入户进行。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Check results are recorded while the application is under investigation.</source>
        <translation>信息核对结果须在申请处于调查核实阶段时登记。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Describe the discrepancy the department found.</source>
        <translation>请说明该部门核对发现的不一致情况。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write the street office&apos;s review opinion.</source>
        <translation>请填写街道审核意见。</translation>
    </message>
    <message>
        <location filename="../../src/services/applications/application_service.cpp" line="-47"/>
        <source>The review needs a home visit by two staff who saw the applicant in person, signed by the family and the staff (RV-2).</source>
        <translation>街道审核须有一次符合要求的入户调查：由两名工作人员入户并见到申请人本人，家庭成员和工作人员均已签字（RV-2）。</translation>
    </message>
    <message>
        <location filename="../../src/services/applications/application_investigation.cpp" line="+17"/>
        <source>The rules grant %1 a month; recommending refusal needs a written reason.</source>
        <translation>按规则测算每月应给予 %1；建议不予批准须书面说明理由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rules give nothing for this application as recorded; recommending approval needs a written reason.</source>
        <translation>按现有登记情况，依规则测算本申请无救助金额；建议批准须书面说明理由。</translation>
    </message>
    <message>
        <location filename="../../src/services/applications/application_service.cpp" line="+35"/>
        <source>The application no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date received cannot be in the future.</source>
        <translation>申请日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person applied for is not a current member of the household.</source>
        <translation>申请对象不是本家庭的在册成员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the member this application is for.</source>
        <translation>请选择本申请针对的家庭成员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the date and time the emergency request came (YYYY-MM-DDTHH:MM): the 24-hour clock runs from it.</source>
        <translation>请填写急难求助的日期和时间（YYYY-MM-DDTHH:MM）：24 小时响应时限自该时间起算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the months of the standard requested (at least 1).</source>
        <translation>请填写申请的救助月数（按低保标准计算，至少 1 个月）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the rigid expense the household faces.</source>
        <translation>请填写家庭面临的刚性支出金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 一事一议 request needs its reason written in the application.</source>
        <translation>一事一议的申请须在申请中写明理由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the staff member the applicant is related to, and how.</source>
        <translation>请写明申请人与哪位工作人员存在何种亲属关系。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person already receives this assistance: record a change on the case instead of a new application.</source>
        <translation>该人员已在享受此项救助：请在原案件上登记变更，而不是新建申请。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household already receives this assistance: record a change on the case instead of a new application.</source>
        <translation>该家庭已在享受此项救助：请在原案件上登记变更，而不是新建申请。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application %1 for the same assistance is still open.</source>
        <translation>同一救助事项的申请 %1 尚未办结。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Application %1 is at “%2”: it cannot be %3 now.</source>
        <translation>申请 %1 当前状态为“%2”，此时不能执行“%3”操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of a step cannot be in the future.</source>
        <translation>办理环节的日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of a step cannot be before the application was received (%1).</source>
        <translation>办理环节的日期不能早于申请日期（%1）。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The investigation cannot start before acceptance.</source>
        <translation>受理之前不能启动调查。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The notice cannot start before the street review.</source>
        <translation>街道审核之前不能开始公示。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write down the objection: who raised it and what it says.</source>
        <translation>请登记异议情况：提出人及异议内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An objection cannot come before the notice started.</source>
        <translation>异议日期不能早于公示开始日期。</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>The notice runs through %1; the application can go for approval from %2.</source>
        <translation>公示期至 %1 止；申请自 %2 起方可报送审批。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The application cannot go for approval before its review.</source>
        <translation>街道审核之前不能报送审批。</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Give the reason for the withdrawal.</source>
        <translation>请填写撤回原因。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a refused application has a refusal notice.</source>
        <translation>只有不予批准的申请才有不予批准告知书。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refusal notice is handed over between the refusal and today.</source>
        <translation>不予批准告知书的送达日期须在作出不予批准决定之日至今天之间。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the reason for extending the time limit.</source>
        <translation>请填写延长办理时限的理由。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A decided application needs no extension.</source>
        <translation>已作出决定的申请无需延长时限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only dibao and 特困 applications may be extended (§8).</source>
        <translation>仅低保和特困申请可以延长办理时限（§8）。</translation>
    </message>
</context>
<context>
    <name>ApplicationText</name>
    <message>
        <location filename="../../src/services/applications/application_text.cpp" line="+9"/>
        <source>Minimum living allowance</source>
        <translation>最低生活保障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extreme poverty support</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child allowance</source>
        <translation>儿童基本生活费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability subsidies</source>
        <translation>残疾人两项补贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary assistance (expenditure)</source>
        <translation>临时救助（支出型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary assistance (emergency)</source>
        <translation>临时救助（急难型）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service window</source>
        <translation>街道服务窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community service point</source>
        <translation>社区服务站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online platform</source>
        <translation>网上申办平台</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitted</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned for materials</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigating</source>
        <translation>调查核实中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by the street office</source>
        <translation>街道已审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned for materials</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put under investigation</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed</source>
        <translation>街道审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put on public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objected to</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent for approval</source>
        <translation>报送审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household register (hukou booklet)</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of income</source>
        <translation>收入证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank statements</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed authorisation for the economic-status check</source>
        <translation>家庭经济状况核对授权书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability certificate</source>
        <translation>残疾人证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical diagnosis</source>
        <translation>医疗诊断证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of school attendance</source>
        <translation>在校就读证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of the parents&apos; death, disappearance or imprisonment</source>
        <translation>父母死亡、失踪或服刑在押等证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts for the expenses</source>
        <translation>支出票据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical insurance settlement</source>
        <translation>医保结算单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of the emergency (fire, accident…)</source>
        <translation>急难事件证明（火灾、意外事故等）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public security</source>
        <translation>公安</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human resources and social security</source>
        <translation>人社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxation</source>
        <translation>税务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real estate registration</source>
        <translation>不动产登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market regulation</source>
        <translation>市场监管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing provident fund</source>
        <translation>住房公积金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle registration</source>
        <translation>车辆登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banks and finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neighbour visit</source>
        <translation>邻里走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter enquiry</source>
        <translation>信函索证</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <location filename="../../src/cli/arguments.cpp" line="+81"/>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown option %1. Global options are --db, --lang, --as, --help and --version, given before the command.</source>
        <translation>未知选项 %1。全局选项为 --db、--lang、--as、--help 和 --version，须写在命令之前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown language %1: use zh or en.</source>
        <translation>未知语言 %1：请使用 zh 或 en。</translation>
    </message>
</context>
<context>
    <name>AssessCommand</name>
    <message>
        <location filename="../../src/cli/policy/assess_command.cpp" line="+16"/>
        <source>Judge one household by the rules and print the result as JSON.</source>
        <translation>按政策规则评估一户家庭，并以 JSON 输出结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads the household (data-formats §2) from FILE, or from standard input for &apos;-&apos;, and prints one JSON object on standard output. Without an inline &quot;policy&quot; the parameter set in force on as_of in the database is used (none: exit 1). Bad input: exit 2, a message naming the field on standard error, nothing on standard output.</source>
        <translation>从 FILE 读取家庭数据（data-formats §2），FILE 为 &apos;-&apos; 时从标准输入读取；在标准输出打印一个 JSON 对象。输入中未内嵌 &quot;policy&quot; 时，使用数据库中 as_of 当日施行的参数集（没有则退出码为 1）。输入有误：退出码为 2，在标准错误输出指明出错字段的消息，标准输出无内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the household JSON, or - for standard input</source>
        <translation>家庭数据 JSON 文件，或用 - 表示标准输入</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../ui/policy/assessment_panel.ui" line="+88"/>
        <source>Dibao standard (S)</source>
        <translation>低保标准（S）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted members / dibao members</source>
        <translation>计算人口 / 低保人口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted income / per person</source>
        <translation>计算收入 / 人均收入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assets</source>
        <translation>家庭财产</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First month / re-verification</source>
        <translation>起始月份 / 复核周期</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly (yuan)</source>
        <translation>月金额（元）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why</source>
        <translation>认定依据</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../src/services/audit_action_list.h" line="+8"/>
        <source>Set up the office</source>
        <translation>单位初始设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the office settings</source>
        <translation>修改单位设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced the holiday calendar</source>
        <translation>更换节假日日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a user account</source>
        <translation>新增用户账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a user&apos;s roles</source>
        <translation>修改用户角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset a user&apos;s password</source>
        <translation>重置用户密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled a user account</source>
        <translation>启用用户账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled a user account</source>
        <translation>停用用户账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a policy parameter set</source>
        <translation>新增政策参数集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a community</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a community</source>
        <translation>修改社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added an institution</source>
        <translation>新增机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed an institution</source>
        <translation>修改机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered a household</source>
        <translation>登记家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a household</source>
        <translation>修改家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the head of household</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a household&apos;s assets</source>
        <translation>修改家庭财产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a household member</source>
        <translation>新增家庭成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a household member</source>
        <translation>修改成员关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited a household member</source>
        <translation>编辑成员信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a member leaving the household</source>
        <translation>登记成员迁出家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a person</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a person&apos;s incomes</source>
        <translation>修改人员收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed a person&apos;s support obligors</source>
        <translation>修改人员的赡养（抚养、扶养）义务人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a household ledger</source>
        <translation>导入家庭台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated a household from a ledger</source>
        <translation>依据台账更新家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the ledger with full numbers</source>
        <translation>导出含完整号码的台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered an application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the application</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned the application for missing materials</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started the investigation</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a home visit</source>
        <translation>登记入户调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a department check</source>
        <translation>登记部门信息核对结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported department checks</source>
        <translation>导入部门信息核对结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded the street review</source>
        <translation>登记街道审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started the public notice</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for approval</source>
        <translation>报送审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended the deadline</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved the application</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused the application</source>
        <translation>不予批准申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued the refusal notice</source>
        <translation>送达不予批准告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrew the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted the assistance</source>
        <translation>给予救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid assistance in advance</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topped up the reserve fund</source>
        <translation>补充备用金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated the month&apos;s roll</source>
        <translation>生成月度发放名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held a line of the roll</source>
        <translation>暂停发放名册中的一条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released a held line</source>
        <translation>恢复发放暂停的一条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted the roll</source>
        <translation>报送发放名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned the roll to draft</source>
        <translation>退回发放名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved the roll</source>
        <translation>审核通过发放名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked the roll</source>
        <translation>锁定发放名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered the month&apos;s price indices</source>
        <translation>录入当月价格指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded money collected on a recovery</source>
        <translation>登记追缴收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waived a recovery</source>
        <translation>核销追缴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed a standard-change batch</source>
        <translation>发起提标批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved a standard-change batch</source>
        <translation>审批提标批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded a standard-change batch</source>
        <translation>作废提标批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved a bank template</source>
        <translation>保存银行模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the bank payment files</source>
        <translation>生成银行代发文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the bank&apos;s result file</source>
        <translation>读取银行回盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed a failed payment&apos;s account</source>
        <translation>确认发放失败的账户可重发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported re-verification visits</source>
        <translation>导入复核走访记录</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../../src/cli/audit/audit_command.cpp" line="+14"/>
        <source>Check the audit log.</source>
        <translation>检查审计日志。</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../src/gui/admin/audit_text.cpp" line="+31"/>
        <source>Application No.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays added</source>
        <translation>新增节假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays removed</source>
        <translation>删除节假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days added</source>
        <translation>新增调休上班日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days removed</source>
        <translation>删除调休上班日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <location filename="../../src/cli/audit/audit_verify_command.cpp" line="+13"/>
        <source>Verify the audit log&apos;s hash chain.</source>
        <translation>校验审计日志的哈希链。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs no sign-in. Prints &apos;OK&apos; on standard output when every record is intact and the log ends at its anchored head, then &apos;records: COUNT&apos; and &apos;head: ID HASH&apos; (exit 0); otherwise &apos;BROKEN ID: REASON&apos; for the first record whose hash does not hold or that is missing, then the same two lines (exit 1). Compare the head with the one printed on papers or kept with a backup: someone holding the file can rewrite the log and its head together.</source>
        <translation>无需登录。所有记录均完好且日志止于其锚定的链头时，在标准输出打印 &apos;OK&apos;，随后打印 &apos;records: COUNT&apos; 和 &apos;head: ID HASH&apos; 两行（退出码为 0）；否则针对第一条哈希校验不通过或缺失的记录打印 &apos;BROKEN ID: REASON&apos;，随后打印同样的两行（退出码为 1）。请将链头与打印在纸质材料上或随备份保存的链头核对：持有该文件的人可以同时改写日志及其链头。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n audit record(s) checked; the chain is intact and ends at its head.</source>
        <translation>
            <numerusform>已校验 %n 条审计记录，哈希链完整，且止于其链头。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log is broken at record %1 (%2): it was changed outside ReliefDesk. Keep the file as evidence and restore a backup.</source>
        <translation>审计日志在第 %1 号记录处断裂（%2）：该记录曾在社会救助工作台之外被改动。请保留该文件作为证据，并从备份恢复。</translation>
    </message>
</context>
<context>
    <name>BankDisplay</name>
    <message>
        <location filename="../../src/gui/payroll/bank_display.cpp" line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paid again in a later roll</source>
        <translation>已在后续花名册中重发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: the next roll pays it</source>
        <translation>待重发：下期花名册发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New account not valid</source>
        <translation>新账户无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the account</source>
        <translation>等待更正或确认账户</translation>
    </message>
</context>
<context>
    <name>BankService</name>
    <message>
        <location filename="../../src/services/bank/bank_service.cpp" line="+61"/>
        <source>There is no bank template &quot;%1&quot;.</source>
        <translation>银行模板“%1”不存在。</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Reading the roll</source>
        <translation>正在读取发放名册</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>There is no roll for %1.</source>
        <translation>没有 %1 发放名册。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The roll for %1 is %2: only a locked roll is sent to the bank. Nothing was written.</source>
        <translation>%1 发放名册的状态为 %2：只有已锁定的发放名册才能报送银行。未写入任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bank&apos;s results for %1 have been read: a new file would send the paid payments again. Nothing was written; failed payments are reissued in the next roll.</source>
        <translation>%1 的银行回盘已导入：重新导出会把已发放的款项再发一次。未写出任何文件；发放失败的款项将在下月花名册中重发。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>household %1 %2</source>
        <translation>家庭 %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payment(s) of the roll for %1 cannot be sent to the bank; nothing was written. Fix these households and export again: %2</source>
        <translation>
            <numerusform>%1 发放名册中有 %n 笔款项无法报送银行，未写入任何文件。请更正以下家庭后重新导出：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> … and %n more.</source>
        <translation>
            <numerusform> … 另有 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laying out the bank files</source>
        <translation>正在编排银行代发文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The template &quot;%1&quot; cannot hold the %2 payments (%3): %4. Nothing was written.</source>
        <translation>银行模板“%1”无法容纳 %2 项目的款项（%3）：%4。未写入任何文件。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Writing the bank files</source>
        <translation>正在写入银行代发文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../src/services/bank/bank_reconcile.cpp" line="+36"/>
        <source>The result file has more than 20,000,000 cells.</source>
        <translation>回盘文件的单元格超过 20,000,000 个。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1 of the result file opens a quote that is never closed; the rows after it cannot be read.</source>
        <translation>回盘文件第 %1 行的引号没有配对，其后的行无法读取。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Reading the bank&apos;s result file</source>
        <translation>正在读取银行回盘文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roll for %1 is %2: bank results belong to a locked roll.</source>
        <translation>%1 的花名册状态为 %2：只有已锁定的花名册才能导入回盘。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The roll for %1 has not been sent to the bank: export its bank files first.</source>
        <translation>%1 的花名册尚未发送银行：请先导出代发文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a programme of the roll.</source>
        <translation>“%1”不是花名册中的救助项目。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The result file is UTF-16 text; save it as CSV in UTF-8 or GB18030.</source>
        <translation>回盘文件是 UTF-16 文本；请另存为 UTF-8 或 GB18030 编码的 CSV。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result file is neither UTF-8 nor GB18030 text (byte %1).</source>
        <translation>回盘文件既不是 UTF-8 也不是 GB18030 文本（第 %1 字节）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+68"/>
        <source>The reconciliation was cancelled.</source>
        <translation>回盘对账已取消。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Matching the results to the payments</source>
        <translation>正在将回盘结果与发放记录匹配</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the payment failed and a later roll already pays it again; its result is kept</source>
        <translation>该笔款项发放失败，后续花名册已重发；保留原结果</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Recording the bank&apos;s results</source>
        <translation>正在记录银行回盘结果</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Say why the same account can be paid again (for example: the bank lifted the freeze).</source>
        <translation>请说明原账户为何可以重新发放（例如：银行已解除冻结）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is longer than 500 characters.</source>
        <translation>说明超过 500 个字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no payment %1.</source>
        <translation>没有编号为 %1 的发放记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 did not fail: there is nothing to confirm.</source>
        <translation>发放记录 %1 并未失败，无需确认。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 is already paid again by a later roll.</source>
        <translation>发放记录 %1 已由后续花名册重发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account of payment %1 was confirmed by %2 on %3.</source>
        <translation>发放记录 %1 的账户已由 %2 于 %3 确认。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household %1 has no valid bank account now: correct the account in the registry instead.</source>
        <translation>户 %1 目前没有有效的银行账户：请在户籍信息中更正账户。</translation>
    </message>
</context>
<context>
    <name>BankTemplatesPage</name>
    <message>
        <location filename="../../ui/admin/bank_templates_page.ui" line="+59"/>
        <source>How a locked roll becomes the bank&apos;s files, and how the bank&apos;s result file is read back. An edited shipped template replaces the shipped one for this office.</source>
        <translation>设置已锁定的花名册如何生成代发文件，以及如何读取银行回盘文件。修改后的内置模板将在本单位替代原内置模板。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save or revert the changes to choose another template.</source>
        <translation>请先保存或撤销更改，再选择其他模板。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A copy of the selected template under a new identifier</source>
        <translation>以新标识复制所选模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes the template as shown in the editor to a JSON file</source>
        <translation>将编辑器中显示的模板写入 JSON 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport JSON…</source>
        <translation>导出 JSON(&amp;X)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only an administrator may change bank templates; you may look at them and export them.</source>
        <translation>只有管理员可以修改银行模板；您可以查看和导出模板。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Identifier:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One ASCII punctuation character, or Tab (delimited text only)</source>
        <translation>一个 ASCII 标点字符或 Tab（仅限分隔文本）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line ending:</source>
        <translation>换行符：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows per file:</source>
        <translation>每个文件行数：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments per file; more are split into further files</source>
        <translation>每个文件的发放记录数；超出部分拆分为多个文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A line of column titles before the details</source>
        <translation>在明细行前加一行列标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title row:</source>
        <translation>标题行：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>xlsx only: {office}, {year}, {month} and {programme} are replaced</source>
        <translation>仅限 xlsx：{office}、{year}、{month} 和 {programme} 将被替换</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>xlsx only, e.g. {office}{year}年{month}月{programme}发放明细</source>
        <translation>仅限 xlsx，例如 {office}{year}年{month}月{programme}发放明细</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Header line</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detail lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trailer line</source>
        <translation>表尾行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bank results</source>
        <translation>银行回盘</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The columns of the bank&apos;s result file (回盘) that the reconciliation reads, and the words it takes for success and failure.</source>
        <translation>对账时读取的银行回盘文件的列，以及表示成功和失败的词语。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account column:</source>
        <translation>账号列：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount column:</source>
        <translation>金额列：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Result column:</source>
        <translation>结果列：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason column:</source>
        <translation>原因列：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts in:</source>
        <translation>金额单位：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Success words:</source>
        <translation>成功标识词：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated, e.g. 成功, 已入账</source>
        <translation>以逗号分隔，例如 成功, 已入账</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failure words:</source>
        <translation>失败标识词：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated, e.g. 失败, 退回</source>
        <translation>以逗号分隔，例如 失败, 退回</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preview: the first file with three sample payments</source>
        <translation>预览：含三笔示例款项的第一个文件</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Revert</source>
        <translation>撤销更改(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;template</source>
        <translation>保存模板(&amp;T)</translation>
    </message>
</context>
<context>
    <name>BankXlsxReader</name>
    <message>
        <location filename="../../src/services/bank/bank_xlsx_reader.cpp" line="+21"/>
        <source>The xlsx file cannot be read: %1. Save it again from Excel, or as CSV.</source>
        <translation>无法读取该 xlsx 文件：%1。请用 Excel 重新保存，或另存为 CSV。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive is damaged (%1)</source>
        <translation>压缩包已损坏（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>it is not a readable zip archive (%1)</source>
        <translation>不是可读取的 zip 压缩包（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has too many strings</source>
        <translation>字符串过多</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>xl/sharedStrings.xml: %1</source>
        <translation>xl/sharedStrings.xml：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its rows are out of order</source>
        <translation>行顺序错乱</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a cell reference is not valid</source>
        <translation>单元格引用无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a row has more than 16384 columns</source>
        <translation>某行超过 16384 列</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a cell names a string that does not exist</source>
        <translation>单元格引用了不存在的字符串</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has more than 20,000,000 cells</source>
        <translation>单元格超过 20,000,000 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChangeTableReport</name>
    <message>
        <location filename="../../src/reports/payroll/change_table_report.cpp" line="+41"/>
        <source>Roll %1: %2</source>
        <translation>发放名册 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; locked by %1 at %2</source>
        <translation>；%1 于 %2 锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 lines, %2 yuan</source>
        <translation>；%1 条，%2 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 lines, %2 yuan (not final)</source>
        <translation>；%1 条，%2 元（尚未定稿）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; audit head #%1 %2</source>
        <translation>；审计链头：第 %1 号记录，哈希值 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change table of social assistance recipients, %1</source>
        <translation>%1社会救助对象增减变动表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Neither %1 nor %2 has a line to compare.</source>
        <translation>%1 和 %2 均无可供比较的发放明细。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+35"/>
        <source>Change</source>
        <translation>变动类别</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (yuan)</source>
        <translation>变动前（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (yuan)</source>
        <translation>变动后（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference (yuan)</source>
        <translation>差额（元）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check: %1 %2 yuan (%3 cases) + changes %4 yuan = %5 %6 yuan (%7 cases) %8</source>
        <translation>核对：%1 %2 元（%3 件）+ 增减 %4 元 = %5 %6 元（%7 件）%8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ balances</source>
        <translation>✓ 相符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ does not balance</source>
        <translation>✗ 不相符</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gradual exit ended</source>
        <translation>渐退期满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to another community</source>
        <translation>迁往其他社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (moved to another community)</source>
        <translation>%1（迁往其他社区）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>变动前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>变动后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../src/cli/command.cpp" line="+29"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exit codes: 0 success; 1 failure or refused (wrong password, missing role, missing or refused database); 2 bad usage or bad input.</source>
        <translation>退出码：0 成功；1 失败或被拒绝（密码错误、缺少所需角色、数据库不存在或被拒绝）；2 用法错误或输入有误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signs in as USER (--as, before the command): the first line of standard input is that user&apos;s password; on a terminal it is asked for without echo. The audit log records USER for everything the command does.</source>
        <translation>以 USER 身份登录（--as，写在命令之前）：标准输入的第一行为该用户的密码；在终端上则以不回显方式提示输入。该命令执行的一切操作均以 USER 的名义记入审计日志。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arguments and options:</source>
        <translation>参数和选项：</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <location filename="../../src/cli/command_group.cpp" line="+41"/>
        <source>SUBCOMMAND [ARGS…]</source>
        <translation>SUBCOMMAND [ARGS…]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;reliefdesk-cli %1 SUBCOMMAND --help&apos; for a subcommand&apos;s arguments.</source>
        <translation>运行 &apos;reliefdesk-cli %1 SUBCOMMAND --help&apos; 查看子命令的参数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name a subcommand of %1.</source>
        <translation>请指定 %1 的子命令。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown subcommand %1 %2.</source>
        <translation>未知子命令 %1 %2。</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <location filename="../../src/cli/command_registry.cpp" line="+31"/>
        <source>Name a command.</source>
        <translation>请指定命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database (default: $RELIEFDESK_DB, else the app&apos;s database in the user&apos;s data folder).</source>
        <translation>数据库文件（默认：$RELIEFDESK_DB；未设置时为桌面程序在用户数据目录中的数据库）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of messages (default: zh).</source>
        <translation>提示信息的语言（默认：zh）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as USER; the password is the first line of standard input.</source>
        <translation>以 USER 身份登录；密码为标准输入的第一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ReliefDesk (社会救助工作台) on the command line: scripted and bulk work on the same database as the app.</source>
        <translation>社会救助工作台（ReliefDesk）命令行版：在桌面程序所用的同一数据库上进行脚本化和批量操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options (before the command):</source>
        <translation>全局选项（写在命令之前）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords are never given on the command line. A command that signs in reads the password of --as USER from the first line of standard input; a command that sets a password reads it from the next line. On a terminal they are asked for without echo.</source>
        <translation>密码一律不在命令行中给出。需要登录的命令从标准输入的第一行读取 --as USER 的密码；设置密码的命令从下一行读取新密码。在终端上则以不回显方式提示输入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Human messages go to standard error, data to standard output.</source>
        <translation>提示信息输出到标准错误，数据输出到标准输出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;reliefdesk-cli COMMAND --help&apos; for a command&apos;s arguments.</source>
        <translation>运行 &apos;reliefdesk-cli COMMAND --help&apos; 查看命令的参数。</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../ui/admin/communities_page.ui" line="+34"/>
        <source>The communities of the office. A household number is the community&apos;s code and a five-digit sequence (XF00012); a community no longer in use is not offered for new households.</source>
        <translation>本单位所辖社区。户编号由社区代码加五位顺序号组成（如 XF00012）；已停用的社区不再供新登记家庭选择。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next household number</source>
        <translation>下一个户编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 to 8 letters or digits, e.g. XF</source>
        <translation>1 至 8 位字母或数字，例如 XF</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In &amp;use (offered for new households)</source>
        <translation>在用(&amp;U)（可供新登记家庭选择）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changing the code changes the numbers of households registered from then on; numbers already given stay as they are.</source>
        <translation>修改代码将改变此后新登记家庭的户编号；已分配的户编号保持不变。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;New community</source>
        <translation>新建社区(&amp;N)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add community</source>
        <translation>添加社区(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CommunityAddCommand</name>
    <message>
        <location filename="../../src/cli/registry/community_command.cpp" line="+26"/>
        <source>Add a community with the code that starts its household numbers (administrators).</source>
        <translation>添加社区及其代码，该代码作为社区内家庭户编号的开头（限系统管理员）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 to 8 letters or digits, e.g. XF: household numbers XF00001, …</source>
        <translation>1 至 8 位字母或数字，例如 XF：户编号为 XF00001、…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the community&apos;s name, e.g. 幸福社区</source>
        <translation>社区名称，例如 幸福社区</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community %1 added.</source>
        <translation>已添加社区 %1。</translation>
    </message>
</context>
<context>
    <name>CommunityCommand</name>
    <message>
        <location line="-35"/>
        <source>Communities (社区): add, list.</source>
        <translation>社区：add（添加）、list（列出）。</translation>
    </message>
</context>
<context>
    <name>CommunityListCommand</name>
    <message>
        <location line="+41"/>
        <source>List the communities with their codes.</source>
        <translation>列出各社区及其代码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in use</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../src/cli/context.cpp" line="+65"/>
        <source>There is no database at %1. Check --db or RELIEFDESK_DB, or create one with: reliefdesk-cli --db %1 init --office NAME --admin USER</source>
        <translation>未找到数据库 %1。请检查 --db 或 RELIEFDESK_DB，或用以下命令新建：reliefdesk-cli --db %1 init --office NAME --admin USER</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database %1 was refused and left untouched: %2</source>
        <translation>数据库 %1 被拒绝打开，文件未作任何改动：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This command needs a signed-in user: give --as USER before the command and the password on the first line of standard input.</source>
        <translation>此命令需要登录：请在命令前给出 --as USER，并在标准输入的第一行提供密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password of %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input has no line with the password of %1.</source>
        <translation>标准输入中没有 %1 的密码行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: an administrator reset the password of %1; until you choose a new one in the app, commands that change data are refused.</source>
        <translation>注意：管理员已重置 %1 的密码；在桌面程序中设置新密码之前，任何修改数据的命令都将被拒绝。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run &apos;%1&apos; for help.</source>
        <translation>运行 &apos;%1&apos; 查看帮助。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../../src/cli/registry/demo_command.cpp" line="+14"/>
        <source>Fill the database with demo data: a fictional street office (administrators).</source>
        <translation>向数据库填充演示数据：一个虚构的街道办事处（限系统管理员）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Five communities, two institutions and N households with Chinese names, valid ID numbers and bank cards, every programme and a realistic mix of cases; everything is marked as demo data. Only for a database without real households (use a new one: init, then demo). The same --seed gives the same office.</source>
        <translation>生成五个社区、两个供养机构和 N 户家庭，含中文姓名、有效的身份证号和银行卡号，涵盖全部救助项目及贴近实际的案件组合；所有数据均标记为演示数据。仅限用于没有真实家庭数据的数据库（请使用新数据库：先 init，再 demo）。相同的 --seed 生成相同的单位数据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>how many households (1 to 1,000,000)</source>
        <translation>家庭户数（1 至 1,000,000）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number that selects the office (default 20250915)</source>
        <translation>用于选定单位数据的数字（默认 20250915）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--households: give a number from 1 to 1000000.</source>
        <translation>--households：请给出 1 至 1000000 之间的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed: give a whole number.</source>
        <translation>--seed：请给出一个整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data: %1 households, %2 persons, %3 cases.</source>
        <translation>演示数据：%1 户家庭，%2 人，%3 件案件。</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <location filename="../../src/services/registry/demo_service.cpp" line="+318"/>
        <source>The rules&apos; figures for demo household %1 overflow (%2); nothing was generated.</source>
        <translation>演示家庭 %1 的规则测算金额溢出（%2）；未生成任何数据。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Give between 1 and %1 households.</source>
        <translation>请给出 1 至 %1 之间的户数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database holds real households; demo data goes only into a database of its own (or one with demo data only).</source>
        <translation>该数据库中有真实家庭数据；演示数据只能写入单独的数据库（或仅含演示数据的数据库）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database already holds demo data; use a new database.</source>
        <translation>该数据库中已有演示数据，请使用新数据库。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../../src/gui/widgets/display_text.cpp" line="+18"/>
        <source>Caseworker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>审核审批人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistician</source>
        <translation>统计员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office settings</source>
        <translation>单位设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../src/cli/registry/export_command.cpp" line="+22"/>
        <source>Export the registry as a ledger CSV: households or persons.</source>
        <translation>将家庭档案导出为台账 CSV：按家庭或按人员。</translation>
    </message>
</context>
<context>
    <name>ExportHouseholdsDialog</name>
    <message>
        <location filename="../../ui/registry/export_households_dialog.ui" line="+20"/>
        <source>Export households</source>
        <translation>导出家庭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export:</source>
        <translation>导出方式(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include people who &amp;left (for reading, not for re-import)</source>
        <translation>包括已迁出或死亡的人员(&amp;L)（仅供查阅，不能重新导入）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Full ID numbers and bank accounts (recorded in the audit log)</source>
        <translation>导出完整的身份证号和银行账号(&amp;F)（记入审计日志）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Without full numbers, ID numbers and bank accounts are masked; such a file is for reading and cannot be imported back.</source>
        <translation>不导出完整号码时，身份证号和银行账号均作脱敏处理；此类文件仅供查阅，不能重新导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/registry/export_households_dialog.cpp" line="+70"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>ExportLedgerCommand</name>
    <message>
        <location filename="../../src/cli/registry/export_command.cpp" line="+5"/>
        <source>Write every person once, by name, as ledger rows.</source>
        <translation>以台账行输出全部人员，每人一行，按姓名排序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the households, head first, as ledger rows.</source>
        <translation>以台账行输出各家庭，户主在前。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The columns are the import&apos;s, with the English keys as the header, so an unmasked export imports back. To a file: UTF-8 with BOM; to standard output (&apos;-&apos;): without BOM; CRLF line ends. Members who moved out or died are left out unless --all. Signs in with --as USER. ID numbers and bank accounts are masked unless --unmasked, which needs a role that may see them (caseworker or supervisor) and is recorded in the audit log. The database&apos;s own files are refused as FILE.</source>
        <translation>各列与导入格式相同，表头为英文键名，因此未脱敏的导出文件可以重新导入。输出到文件：UTF-8 带 BOM；输出到标准输出（&apos;-&apos;）：不带 BOM；行尾为 CRLF。除非使用 --all，已迁出或死亡的成员不予输出。以 --as USER 登录。身份证号和银行账号默认脱敏；使用 --unmasked 时不脱敏，须其角色有权查看（经办人或审核审批人），该操作记入审计日志。不能以数据库自身的文件作为 FILE。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>full ID numbers and bank accounts</source>
        <translation>完整的身份证号和银行账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>include members who moved out or died</source>
        <translation>包括已迁出或死亡的成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write, or - for standard output</source>
        <translation>输出位置，或用 - 表示标准输出</translation>
    </message>
</context>
<context>
    <name>HolidayService</name>
    <message>
        <location filename="../../src/services/office/holiday_service.cpp" line="+32"/>
        <source>%1 cannot be both a holiday and a make-up working day.</source>
        <translation>%1 不能既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The holiday file is not valid at %1: %2</source>
        <translation>节假日文件在 %1 处无效：%2</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/registry/household_dialog.ui" line="+14"/>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A&amp;rea:</source>
        <translation>城乡类别(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Account &amp;number:</source>
        <translation>银行账号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>16 to 19 digits</source>
        <translation>16 至 19 位数字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account &amp;holder:</source>
        <translation>户名(&amp;H)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last re&amp;view:</source>
        <translation>上次复核(&amp;V)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
</context>
<context>
    <name>ImportChecksCommand</name>
    <message>
        <location filename="../../src/cli/applications/import_checks_command.cpp" line="+15"/>
        <source>Import cross-department check results (caseworkers), all or nothing.</source>
        <translation>从 CSV 文件导入部门信息核对结果（限经办人），要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is UTF-8 or GB18030 CSV with the columns application_no (申请编号), department (部门), result (结果), note (说明) and checked_on (核对日期) (data-formats §A1). Any bad row: nothing is imported, exit 2, every bad row on standard error. Rows already on file are not written again.</source>
        <translation>文件为 UTF-8 或 GB18030 编码的 CSV，包含以下各列：application_no（申请编号）、department（部门）、result（结果）、note（说明）和 checked_on（核对日期）（data-formats §A1）。只要有一行出错：不导入任何数据，退出码为 2，所有出错行输出到标准错误。已有的记录不会重复写入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the check results (CSV)</source>
        <translation>核对结果（CSV）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import checks reads a file, not standard input (it carries the password).</source>
        <translation>import checks 只读取文件，不读取标准输入（标准输入用于传递密码）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>未导入任何数据：%1 中有 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rows: %2 check results recorded, %3 already on file.</source>
        <translation>共 %1 行：登记核对结果 %2 条，已有记录 %3 条。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/cli/registry/import_command.cpp" line="+38"/>
        <source>Import data from files: households from an old ledger, cross-department check results, re-verification visits.</source>
        <translation>从文件导入数据：旧台账中的家庭、部门信息核对结果、复核走访记录。</translation>
    </message>
</context>
<context>
    <name>ImportHouseholdsCommand</name>
    <message>
        <location line="+6"/>
        <source>Import households from a ledger CSV (caseworkers), all or nothing.</source>
        <translation>从台账 CSV 导入家庭（限经办人），要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is UTF-8 or GB18030 with Chinese or English headers (data-formats §3). Any bad row: nothing is imported, exit 2, every bad row (line, column, value, reason) on standard error and, with --errors, in a CSV to fix in Excel. Importing the same file again changes nothing; a changed file updates the households it names and the changes are listed on standard error. Active programmes new to the database become cases with a grant at their start month and ledger amount; where the rules give another amount, the difference is printed on standard output as CSV (line, household_no, name, programme, ledger_amount, rules_amount, difference, policy_effective_from), never applied.</source>
        <translation>文件编码为 UTF-8 或 GB18030，表头可为中文或英文（data-formats §3）。只要有一行出错：不导入任何数据，退出码为 2，所有出错行（行号、列、值、原因）输出到标准错误；使用 --errors 时另写入一个 CSV 文件，便于在 Excel 中修改。再次导入同一文件不作任何改动；文件有变动时，更新其中列出的家庭，并在标准错误中列出各项变动。数据库中尚无的在保项目将建立为案件，按其起始月份和台账金额作出批准决定；规则测算金额与台账金额不同时，差额以 CSV（line, household_no, name, programme, ledger_amount, rules_amount, difference, policy_effective_from）输出到标准输出，但不会据此调整。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>also write the bad rows to this CSV (UTF-8 with BOM)</source>
        <translation>同时将出错行写入此 CSV 文件（UTF-8 带 BOM）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the communities the file names that are not on the list (administrators), in the same transaction, audited</source>
        <translation>创建文件中出现但不在名单中的社区（限系统管理员），与导入在同一事务中完成，记入审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ledger (CSV)</source>
        <translation>台账（CSV）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>import households reads a file, not standard input (it carries the password).</source>
        <translation>import households 只读取文件，不读取标准输入（标准输入用于传递密码）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>line %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lines %1 (%2 rows), %3: %4</source>
        <translation>第 %1 行（共 %2 行），%3：%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported: %1 problem(s) in %2.</source>
        <translation>未导入任何数据：%2 中有 %1 处问题。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Community %1 created with the code %2 (%3 rows).</source>
        <translation>已创建社区 %1，代码为 %2（%3 行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1, household %2: %3: %4 → %5</source>
        <translation>第 %1 行，家庭 %2：%3：%4 → %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1, household %2, for review: %3</source>
        <translation>第 %1 行，家庭 %2，待核查：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows, %2 households: %3 created, %4 updated, %5 unchanged; %6 new persons, %7 new cases; %8 amounts differ from the rules.</source>
        <translation>共 %1 行、%2 户：新建 %3 户，更新 %4 户，未变 %5 户；新增人员 %6 人，新增案件 %7 件；%8 项金额与规则测算结果不一致。</translation>
    </message>
</context>
<context>
    <name>ImportVisitsCommand</name>
    <message>
        <location filename="../../src/cli/review/review_command.cpp" line="+184"/>
        <source>Import re-verification visits from a CSV (caseworkers), all or nothing.</source>
        <translation>从 CSV 导入复核走访记录（经办人），全部成功或全部不导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns (Chinese or English header, data-formats §7): 户编号, 身份证号 (a personal case&apos;s person), 走访日期, 调查人员 (names separated by 、 or ；), 核查方式, 入户见人, 调查人签字, 家庭签字, 走访类型, 情况记录. Any bad row and nothing is imported: the rows are listed (line, column, value, reason) on standard error and, with --errors, in a CSV. A visit counts for the re-verification only as a home visit by two or more staff, the beneficiary seen and both signatures; other rows are stored and shown. The same file again adds nothing.</source>
        <translation>列（中文或英文表头，data-formats §7）：户编号、身份证号（个人案件的当事人）、走访日期、调查人员（姓名以“、”或“；”分隔）、核查方式、入户见人、调查人签字、家庭签字、走访类型、情况记录。任何一行有误则全部不导入：错误行（行号、列、值、原因）输出到标准错误，使用 --errors 时另存为 CSV。只有入户调查、两名以上调查人员、入户见人且调查人和家庭均签字的记录计入复核；其他记录保存并显示。同一文件再次导入不新增记录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>also write the bad rows to this CSV (UTF-8 with BOM)</source>
        <translation>同时将错误行写入此 CSV（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visits (CSV)</source>
        <translation>走访记录（CSV）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import visits reads a file, not standard input (it carries the password).</source>
        <translation>import visits 读取文件，不读取标准输入（标准输入用于输入密码）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows: %2 visits imported (%3 meet RV-2), %4 already recorded.</source>
        <translation>共 %1 行：导入走访记录 %2 条（其中 %3 条符合入户复核要求），%4 条已有记录。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../../src/cli/accounts/init_command.cpp" line="+28"/>
        <source>Create the database, the office and its first administrator.</source>
        <translation>创建数据库、单位及其第一个系统管理员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes no --as: the first line of standard input is the new administrator&apos;s password (at least 8 characters; on a terminal it is asked for twice). The administrator holds all four roles so that the office can start; add the other staff with &apos;user add&apos;. A database that is already set up is left unchanged (exit 1).</source>
        <translation>不接受 --as：标准输入的第一行为新系统管理员的密码（至少 8 个字符；在终端上需输入两次）。该管理员拥有全部四种角色，以便单位开始工作；其他工作人员请用 &apos;user add&apos; 添加。已完成设置的数据库保持不变（退出码为 1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The office&apos;s name, as it appears on notices.</source>
        <translation>单位名称，即各类通知文书上显示的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator&apos;s user name.</source>
        <translation>系统管理员的用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 6 to 12 digit administrative division code, e.g. 110105.</source>
        <translation>6 至 12 位行政区划代码，例如 110105。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The administrator&apos;s full name (default: the user name).</source>
        <translation>系统管理员的姓名（默认：与用户名相同）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>init takes no --as: nobody can sign in before the office is set up.</source>
        <translation>init 不接受 --as：单位设置完成之前，任何人都无法登录。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database %1 is already set up; nothing was changed.</source>
        <translation>数据库 %1 已完成设置，未作任何改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password for the administrator %1: </source>
        <translation>系统管理员 %1 的密码： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input has no line with the administrator&apos;s password.</source>
        <translation>标准输入中没有系统管理员的密码行。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The office %1 is set up in %2. The administrator %3 holds all four roles.</source>
        <translation>已在 %2 中完成单位 %1 的设置。系统管理员 %3 拥有全部四种角色。</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <location filename="../../src/cli/input_file.cpp" line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <location filename="../../ui/admin/institutions_page.ui" line="+34"/>
        <source>Care homes and welfare institutions that support people in their care; a person&apos;s record can name the institution, and its bank account receives what is paid for them.</source>
        <translation>为收住人员提供供养的供养服务机构和儿童福利机构；人员档案中可注明其所在机构，为该人员发放的资金拨付至机构的银行账户。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Account n&amp;umber:</source>
        <translation>银行账号(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>16 to 19 digits</source>
        <translation>16 至 19 位数字</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Account &amp;holder:</source>
        <translation>户名(&amp;H)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In &amp;use</source>
        <translation>在用(&amp;U)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;New institution</source>
        <translation>新建机构(&amp;N)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add institution</source>
        <translation>添加机构(&amp;A)</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../src/gui/widgets/job_runner.cpp" line="+101"/>
        <source>The work stopped: %1</source>
        <translation>操作中止：%1</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../ui/registry/ledger_import_dialog.ui" line="+14"/>
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ledger &amp;file:</source>
        <translation>台账文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A ledger CSV file (UTF-8 or GB18030); type its path and press Enter, or choose it</source>
        <translation>台账 CSV 文件（UTF-8 或 GB18030 编码）；输入路径后按回车键，或点击选择</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose file…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file to see what it holds before anything is imported.</source>
        <translation>请选择文件；导入之前会先显示文件内容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create these communities with the proposed codes when importing (audited)</source>
        <translation>导入时按建议的代码创建这些社区（记入审计日志）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stops the check or the import. An import stopped part-way is rolled back: nothing is written.</source>
        <translation>停止校验或导入。中途停止的导入会全部回退，不写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rows</source>
        <translation>数据行</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Save error report…</source>
        <translation>保存错误报告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LedgerImportService</name>
    <message>
        <location filename="../../src/services/ledger/ledger_export.cpp" line="+217"/>
        <source>An export needs a signed-in user whose role may view the household registry.</source>
        <translation>导出须由角色有权查看家庭档案的用户登录后进行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the households…</source>
        <translation>正在读取家庭…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the persons…</source>
        <translation>正在读取人员…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An unmasked export needs a signed-in user whose role may see ID numbers and bank accounts.</source>
        <translation>未脱敏导出须由角色有权查看身份证号和银行账号的用户登录后进行。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/services/ledger/ledger_import_service.cpp" line="+300"/>
        <source>household %1 has %2 on line %3; a household field must be the same on every row that gives it</source>
        <translation>家庭 %1 在第 %3 行填写为“%2”；同一家庭的字段在填写该字段的各行中必须一致</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>household %1 already has its head on line %2; a household has one head</source>
        <translation>家庭 %1 已在第 %2 行有户主；一户只能有一名户主</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>household %1 has no head (户主): mark one row&apos;s relation as head</source>
        <translation>家庭 %1 没有户主：请将其中一行的与户主关系标为“户主”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the same person is already on line %1; a person is on one row of one household</source>
        <translation>同一人员已出现在第 %1 行；每名人员只能在一个家庭中占一行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a household programme: it stands on the head&apos;s row</source>
        <translation>%1 是以家庭为单位的救助项目：应填在户主所在行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an active programme needs its start month (YYYY-MM)</source>
        <translation>在保项目须填写起始月份（YYYY-MM）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an active programme needs the monthly amount paid</source>
        <translation>在保项目须填写月发放金额</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>household %1 is new: give its community</source>
        <translation>家庭 %1 为新家庭：请填写所属社区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>household %1 is new: give its area (城市/农村, urban/rural)</source>
        <translation>家庭 %1 为新家庭：请填写城乡类别（城市/农村，urban/rural）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is an active member of household %2 (%3), which this file does not name; record there that they moved out first</source>
        <translation>%1 是家庭 %2（%3）的在册成员，而本文件未包含该家庭；请先在该家庭登记其迁出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is recorded as died on %2</source>
        <translation>%1 已登记死亡，死亡日期为 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not in the list of communities; an administrator adds it (reliefdesk-cli community add, or Administration → Communities), or import with --create-communities</source>
        <translation>%1 不在社区名单中；请由系统管理员添加（reliefdesk-cli community add，或“系统管理 → 社区”），或使用 --create-communities 导入</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>not in the imported ledger %1</source>
        <translation>不在导入的台账 %1 中</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>the rules&apos; figures for household %1 overflow (%2): check its incomes and amounts</source>
        <translation>家庭 %1 的规则测算金额溢出（%2）：请检查其收入和各项金额</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: the ledger says stopped (停保) but the %2 case is active; an import never stops a case: record a stop decision</source>
        <translation>%1：台账标注为停保，但 %2 案件仍在保；导入不会停止任何案件，请登记停保决定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the ledger says %2 a month from %3; the %4 case pays %5 from %6. An import never changes a case: record a decision if the ledger is right</source>
        <translation>%1：台账记载自 %3 起每月 %2；%4 案件自 %6 起每月发放 %5。导入不会更改任何案件：如台账无误，请登记相应决定</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Imported from the ledger %1, line %2</source>
        <translation>从台账 %1 第 %2 行导入</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Reading the rows…</source>
        <translation>正在读取数据行…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n row(s) against the registry…</source>
        <translation>
            <numerusform>正在将 %n 行数据与家庭档案进行核对…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing in one transaction (all or nothing)…</source>
        <translation>正在以单一事务导入（要么全部导入，要么全不导入）…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login_dialog.ui" line="+20"/>
        <source>Sign in to ReliefDesk</source>
        <translation>登录社会救助工作台</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ReliefDesk</source>
        <translation>社会救助工作台</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.ui" line="+20"/>
        <source>ReliefDesk</source>
        <translation>社会救助工作台</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change my password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;About ReliefDesk</source>
        <translation>关于社会救助工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NoticeListReport</name>
    <message>
        <location filename="../../src/reports/applications/notice_list_report.cpp" line="+24"/>
        <source>Public notice of proposed social assistance</source>
        <translation>社会救助拟批准对象公示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No application is on public notice.</source>
        <translation>目前没有处于公示期的申请。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Public notice of proposed social assistance — %1</source>
        <translation>社会救助拟批准对象公示——%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The following applications have been investigated and reviewed by the street office and are proposed for approval. They are made public from %1 to %2 (%n day(s)). Anyone who knows of facts to the contrary may report them to the street office during this period%3.</source>
        <translation>
            <numerusform>以下申请已经街道调查核实和审核，拟予批准，现予公示，公示期自 %1 至 %2（共 %n 天）。如有不同意见或知悉相关情况，请在公示期内向街道反映%3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (telephone %1)</source>
        <translation>（联系电话：%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Related to staff</source>
        <translation>工作人员近亲属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsService</name>
    <message>
        <location filename="../../src/services/office/office_settings_service.cpp" line="+34"/>
        <source>Enter the office&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The area code is the 6 to 12 digit administrative division code, e.g. 110105.</source>
        <translation>行政区划代码应为 6 至 12 位数字，例如 110105。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The idle lock must be between 0 (never) and 240 minutes.</source>
        <translation>空闲锁定时间须在 0（从不锁定）至 240 分钟之间。</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <location filename="../../src/cli/option_parser.cpp" line="+52"/>
        <source>The global option %1 goes before the command.</source>
        <translation>全局选项 %1 须写在命令之前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option %1 is given twice.</source>
        <translation>选项 %1 重复给出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The option %1 takes no value.</source>
        <translation>选项 %1 不接受取值。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The option %1 needs a value (%2).</source>
        <translation>选项 %1 需要一个值（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing argument %1.</source>
        <translation>缺少参数 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing option %1 %2.</source>
        <translation>缺少选项 %1 %2。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
</context>
<context>
    <name>OutputFileMessages</name>
    <message>
        <location filename="../../src/services/output_file.cpp" line="+25"/>
        <source>%1 is a file of the open database; writing there would destroy it. Choose another file.</source>
        <translation>%1 是当前打开的数据库的文件；写入该处将损坏数据库。请选择其他文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <location filename="../../src/reports/paged_document.cpp" line="+58"/>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../../src/cli/password_input.cpp" line="+112"/>
        <source>Type the password again: </source>
        <translation>请再次输入密码： </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>PayrollCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_command.cpp" line="+24"/>
        <source>The monthly payroll (待遇发放): generate, submit, approve, lock, holds, show, lines, export, reconcile, failed payments.</source>
        <translation>每月待遇发放：生成、提交、审批、锁定、暂停发放、查看、明细、导出代发文件、回盘对账、发放失败处理。</translation>
    </message>
</context>
<context>
    <name>PayrollConfirmAccountCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_reconcile_command.cpp" line="+160"/>
        <source>Confirm that a failed payment&apos;s unchanged account may be paid again (PR-7).</source>
        <translation>确认发放失败的原账户可以重发（PR-7）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the failed payment (see payroll failed)</source>
        <translation>发放失败的记录编号（见 payroll failed）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why, e.g. the bank lifted the freeze</source>
        <translation>原因，例如：银行已解除冻结</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--payment: give the payment&apos;s number (a whole number above 0), as payroll failed lists it.</source>
        <translation>--payment：请给出发放记录编号（大于 0 的整数），见 payroll failed 的列表。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment %1 of household %2: the account is confirmed; the next roll reissues it.</source>
        <translation>户 %2 的发放记录 %1：账户已确认，下月花名册将重发。</translation>
    </message>
</context>
<context>
    <name>PayrollExportCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_export_command.cpp" line="+19"/>
        <source>Write a locked roll&apos;s bank files (代发) with a bank template (caseworkers and supervisors).</source>
        <translation>使用银行模板生成已锁定发放名册的银行代发文件（限经办人和审核审批人）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One file per programme, split at the template&apos;s row limit, named YYYY-MM_&lt;programme&gt;_&lt;n&gt;; one row per payee account and programme. Shipped templates: generic-csv, xlsx-daifa, pipe-gb18030. A roll that is not locked, or with a payment lacking a valid account, is refused and nothing is written (the message names each household to fix). Prints the files written on standard output: path, rows, total.</source>
        <translation>每个救助项目生成一个文件，超出模板的行数上限时拆分为多个文件，文件名为 YYYY-MM_&lt;programme&gt;_&lt;n&gt;；每个收款账号的每个救助项目占一行。内置模板：generic-csv、xlsx-daifa、pipe-gb18030。发放名册未锁定，或有款项缺少有效银行账号的，将予拒绝，不写入任何文件（提示信息逐一列出需要更正的家庭）。在标准输出打印已写入的文件：路径、行数、合计金额。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the roll&apos;s month, e.g. 2025-12</source>
        <translation>发放名册所属月份，例如 2025-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bank template, e.g. generic-csv</source>
        <translation>银行模板，例如 generic-csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder for the files (created when missing)</source>
        <translation>存放文件的文件夹（不存在时自动创建）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--template: name the bank template, e.g. generic-csv.</source>
        <translation>--template：请指定银行模板，例如 generic-csv。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out: name the folder for the bank files.</source>
        <translation>--out：请指定存放银行代发文件的文件夹。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n bank file(s) written for %1: %2 payment(s), %3 yuan.</source>
        <translation>
            <numerusform>已写入 %1 的银行代发文件 %n 个：共 %2 笔款项，%3 元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollFailedCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_reconcile_command.cpp" line="-56"/>
        <source>List failed payments and what their reissue waits for (PR-7).</source>
        <translation>列出发放失败的款项及其重发所待事项（PR-7）。</translation>
    </message>
</context>
<context>
    <name>PayrollHoldCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_step_command.cpp" line="+198"/>
        <source>Release a held line of a draft roll (caseworkers).</source>
        <translation>恢复发放草稿发放名册中已暂停的一条明细（限经办人）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold a line of a draft roll with the reason (caseworkers).</source>
        <translation>暂停发放草稿发放名册中的一条明细，并注明原因（限经办人）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the line&apos;s number, as &apos;payroll lines&apos; shows it</source>
        <translation>明细编号，即 &apos;payroll lines&apos; 显示的编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why it is held, e.g. 待核实</source>
        <translation>暂停发放的原因，例如 待核实</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--reason: say why the line is held.</source>
        <translation>--reason：请说明暂停发放的原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 is released.</source>
        <translation>明细 %1 已恢复发放。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 is held.</source>
        <translation>明细 %1 已暂停发放。</translation>
    </message>
</context>
<context>
    <name>PayrollLinesCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_lines_command.cpp" line="+20"/>
        <source>List a month&apos;s roll lines, filtered by community and programme.</source>
        <translation>列出某月发放名册的明细，可按社区和救助项目筛选。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row per line: its number (for hold and release), household, community, programme, kind, month made good (back pay, reissue), persons, amount, held, payee and account. Accounts are masked unless your role may see personal numbers (caseworkers, supervisors). A line marked &apos;!&apos; has no valid account.</source>
        <translation>每条明细一行：明细编号（用于 hold 和 release）、家庭、社区、救助项目、发放类型、所属月份（补发、重发）、人数、金额、是否暂停发放、收款人和银行账号。除非您的角色有权查看个人号码（经办人、审核审批人），银行账号均作脱敏处理。标有 &apos;!&apos; 的明细没有有效的银行账号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the roll&apos;s month, e.g. 2025-12</source>
        <translation>发放名册所属月份，例如 2025-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this community&apos;s lines, e.g. 幸福社区</source>
        <translation>仅列出该社区的明细，例如 幸福社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this programme: dibao, single_person, tekun, child_allowance, disability_living, disability_care or price_subsidy</source>
        <translation>仅列出该救助项目的明细：dibao、single_person、tekun、child_allowance、disability_living、disability_care 或 price_subsidy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only held lines</source>
        <translation>仅列出暂停发放的明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only lines without a valid account</source>
        <translation>仅列出没有有效银行账号的明细</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--programme: &apos;%1&apos; is not a programme; give one of %2.</source>
        <translation>--programme：&apos;%1&apos; 不是救助项目；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--community: there is no community %1; &apos;community list&apos; shows them.</source>
        <translation>--community：没有社区 %1；可用 &apos;community list&apos; 查看各社区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>明细号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>发放类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>held: %1</source>
        <translation>暂停发放：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n line(s), %1 yuan.</source>
        <translation>
            <numerusform>共 %n 条，%1 元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollOptions</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_options.cpp" line="+17"/>
        <source>--month: &apos;%1&apos; is not a month; give it as YYYY-MM, e.g. 2025-12.</source>
        <translation>--month：&apos;%1&apos; 不是有效月份；请按 YYYY-MM 格式填写，例如 2025-12。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--line: &apos;%1&apos; is not a line number; &apos;payroll lines&apos; shows them.</source>
        <translation>--line：&apos;%1&apos; 不是有效的明细编号；可用 &apos;payroll lines&apos; 查看。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted for approval</source>
        <translation>已报送审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconciled</source>
        <translation>已对账</translation>
    </message>
</context>
<context>
    <name>PayrollReconcileCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_reconcile_command.cpp" line="-100"/>
        <source>Read the bank&apos;s result file (回盘) of a locked roll (caseworkers and supervisors).</source>
        <translation>读取已锁定花名册的银行回盘文件（经办人、审核人）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file (CSV in UTF-8 or GB18030, or xlsx) is read through the template&apos;s result columns; the header may stand below summary lines and the columns in any order. Each row is matched to the roll&apos;s latest export by account and amount; matched payments are marked paid or failed with the bank&apos;s reason, and the roll becomes reconciled when no payment is pending. Rows that match nothing are printed on standard output (row, account, amount, result, reason, why) and never guessed. A file with a bad row is refused as a whole. Reading the same file again changes nothing; a corrected file changes only the rows it names. --dry-run reads and matches without writing.</source>
        <translation>按模板的回盘列读取文件（UTF-8 或 GB18030 编码的 CSV，或 xlsx）；表头可以在汇总行之下，列的顺序不限。每行按账号和金额与花名册最近一次导出的发放记录匹配；匹配到的记录标记为成功或失败并记下银行给出的原因，全部记录都有结果后花名册变为“已对账”。未匹配的行输出到标准输出（行号、账号、金额、结果、原因、未匹配原因），绝不猜测。文件中有任何一行有误则整个文件不予导入。再次读取同一文件不会有任何改变；更正后的文件只改变其中列出的行。--dry-run 只读取和匹配，不写入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the roll&apos;s month, e.g. 2025-12</source>
        <translation>花名册月份，例如 2025-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bank template whose result columns read the file</source>
        <translation>用于读取回盘列的银行模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bank&apos;s result file (.csv or .xlsx)</source>
        <translation>银行回盘文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>match only this programme&apos;s payments, e.g. dibao</source>
        <translation>只匹配该项目的发放记录，例如 dibao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read and match, change nothing</source>
        <translation>只读取和匹配，不做任何修改</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--template: name the bank template, e.g. generic-csv.</source>
        <translation>--template：请指定银行模板，例如 generic-csv。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--file: standard input carries the password; name the result file.</source>
        <translation>--file：标准输入用于输入密码；请给出回盘文件路径。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of the result file are not valid; nothing was recorded. Correct the file and read it again.</source>
        <translation>
            <numerusform>回盘文件中有 %n 行有误；未记录任何结果。请更正文件后重新读取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 row(s) read (header on row %3, %4); %5 paid, %6 failed; %7 changed, %8 already recorded; %9 unmatched.</source>
        <translation>%1：读取 %2 行（表头在第 %3 行，%4）；成功 %5 笔，失败 %6 笔；本次变更 %7 笔，已记录 %8 笔；未匹配 %9 行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dry run: nothing was recorded.</source>
        <translation>试运行：未记录任何结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed: every matched payment already had this result.</source>
        <translation>没有变化：匹配到的发放记录已是此结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every payment has a result: the roll is reconciled.</source>
        <translation>所有发放记录均已有结果：花名册已对账。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n payment(s) still without a result.</source>
        <translation>
            <numerusform>还有 %n 笔发放记录没有结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollReturnCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_step_command.cpp" line="-63"/>
        <source>Return a submitted roll to draft with the reason (supervisors).</source>
        <translation>将已报送的发放名册退回为草稿，并注明原因（限审核审批人）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the roll&apos;s month, e.g. 2025-12</source>
        <translation>发放名册所属月份，例如 2025-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why it goes back, for the caseworker and the audit log</source>
        <translation>退回原因，供经办人查看并记入审计日志</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--reason: say why the roll goes back.</source>
        <translation>--reason：请说明退回原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The roll of %1 is back in draft.</source>
        <translation>%1 发放名册已退回为草稿。</translation>
    </message>
</context>
<context>
    <name>PayrollService</name>
    <message>
        <location filename="../../src/services/payroll/payroll_service.cpp" line="+73"/>
        <source>Checking the roll of %1…</source>
        <translation>正在检查 %1 发放名册…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the regular lines…</source>
        <translation>正在生成正常发放明细…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adding the price subsidies…</source>
        <translation>正在加入临时价补…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Working out back pay and recoveries…</source>
        <translation>正在计算补发和追缴…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Adding reissues of released holds…</source>
        <translation>正在加入已恢复发放款项的重发明细…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applying the holds…</source>
        <translation>正在处理暂停发放…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Say why the roll is returned to draft.</source>
        <translation>请说明退回发放名册的原因。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Say why the line is held.</source>
        <translation>请说明暂停发放的原因。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The line is held already.</source>
        <translation>该明细此前已暂停发放。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The line is not held.</source>
        <translation>该明细未暂停发放。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hold was released already; its line is reissued once.</source>
        <translation>该暂停已经解除；相应款项只重发一次。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The amount collected must be more than 0.</source>
        <translation>追回金额必须大于 0。</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>The recovery does not exist.</source>
        <translation>该追缴记录不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovery belongs to a roll that is not locked yet.</source>
        <translation>该追缴所属的发放名册尚未锁定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recovery is closed (%1).</source>
        <translation>该追缴已结束（%1）。</translation>
    </message>
    <message>
        <location line="+406"/>
        <source>The amount is more than the %1 still to collect.</source>
        <translation>金额超过了尚待追缴的 %1 元。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say why the recovery is waived.</source>
        <translation>请说明核销该追缴的原因。</translation>
    </message>
    <message>
        <location filename="../../src/services/payroll/payroll_text.cpp" line="+20"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconciled</source>
        <translation>已对账</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This step on the roll of %1 is for a caseworker.</source>
        <translation>%1 发放名册的这一步骤须由经办人办理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step on the roll of %1 is for a supervisor.</source>
        <translation>%1 发放名册的这一步骤须由审核审批人办理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You submitted the roll of %1: another supervisor must approve it (four-eyes rule).</source>
        <translation>%1 发放名册由您报送，须由另一名审核审批人审核（经办与审批相分离）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no roll for %1 yet: generate it first.</source>
        <translation>尚无 %1 发放名册：请先生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roll of %1 is locked and can no longer be changed.</source>
        <translation>%1 发放名册已锁定，不能再修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roll of %1 is no longer a draft (it is %2).</source>
        <translation>%1 发放名册已不是草稿（当前状态：%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roll of %1 has not been submitted.</source>
        <translation>%1 发放名册尚未报送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roll of %1 has not been approved yet.</source>
        <translation>%1 发放名册尚未审核通过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roll of %1 is not locked yet.</source>
        <translation>%1 发放名册尚未锁定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roll of %1 is already reconciled.</source>
        <translation>%1 发放名册已对账。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roll of %1 still has %2 line(s) without a valid payee account: correct the accounts and generate the draft again, or hold those lines.</source>
        <translation>%1 发放名册仍有 %2 条明细没有有效的收款账号：请更正账号后重新生成草稿，或暂停发放这些明细。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no roll for %1, the month before %2: generate the months in order.</source>
        <translation>%2 的上月 %1 尚无发放名册：请按月份顺序生成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roll of %1 must be locked before the roll of %2 is generated.</source>
        <translation>须先锁定 %1 发放名册，才能生成 %2 发放名册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A roll for a later month (%1) exists already: %2 can no longer be generated.</source>
        <translation>已存在更晚月份（%1）的发放名册：不能再生成 %2 发放名册。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step is not allowed on the roll of %1.</source>
        <translation>%1 发放名册不允许进行此操作。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household %1: the payee has no valid bank account. Correct it and generate the draft again, or hold the line.</source>
        <translation>家庭 %1：收款人没有有效的银行账号。请更正后重新生成草稿，或暂停发放该明细。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No policy parameter set is in force on the first day of %1: no price subsidy was added.</source>
        <translation>%1 首日没有施行中的政策参数集：未加入临时价补。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household %1: the decision records no persons, so no price subsidy was added.</source>
        <translation>家庭 %1：决定中未记录保障人员，因此未加入临时价补。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Household %1: a hold no longer matches a line of the roll.</source>
        <translation>家庭 %1：有一项暂停发放已无法对应发放名册中的明细。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household %1: a released hold of a roll that is not locked was not reissued.</source>
        <translation>家庭 %1：未锁定发放名册中已恢复发放的暂停款项未予重发。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generation was stopped; the roll is unchanged.</source>
        <translation>已停止生成，发放名册未作改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no roll for %1.</source>
        <translation>没有 %1 发放名册。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The line of the roll does not exist.</source>
        <translation>该发放明细不存在。</translation>
    </message>
</context>
<context>
    <name>PayrollShowCommand</name>
    <message>
        <location filename="../../src/cli/payroll/payroll_show_command.cpp" line="+47"/>
        <source>Show a month&apos;s roll: its state and totals by programme (no sign-in).</source>
        <translation>查看某月发放名册：状态及按救助项目汇总的合计（无需登录）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs no sign-in and shows no personal data. --json prints the format of data-formats §6: month, state, totals (lines, amount), by_programme (programme, kind, cases, persons, amount; amounts in yuan with two decimals) and problems (their keys, e.g. no_valid_account). A month without a roll: exit 1.</source>
        <translation>无需登录，不显示个人信息。使用 --json 时按 data-formats §6 的格式输出：month、state、totals（lines、amount）、by_programme（programme、kind、cases、persons、amount；金额以元为单位，保留两位小数）以及 problems（问题键名，例如 no_valid_account）。该月没有发放名册：退出码为 1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the roll&apos;s month, e.g. 2025-12</source>
        <translation>发放名册所属月份，例如 2025-12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 代替表格输出。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Roll %1: %2</source>
        <translation>发放名册 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconciled</source>
        <translation>对账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit head at lock: %1 %2</source>
        <translation>锁定时的审计链头：%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>发放类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s), %1 yuan.</source>
        <translation>
            <numerusform>共 %n 条，%1 元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Held: %n line(s), %1 yuan (in the totals).</source>
        <translation>
            <numerusform>其中暂停发放：%n 条，%1 元（已计入合计）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price subsidies (临时价补) triggered this month.</source>
        <translation>本月已触发临时价补。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: none.</source>
        <translation>问题：无。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Problems (%n):</source>
        <translation>
            <numerusform>问题（%n）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollStepCommand</name>
    <message numerus="yes">
        <location filename="../../src/cli/payroll/payroll_step_command.cpp" line="-167"/>
        <source>%n problem(s), %1 of them blocking approval:</source>
        <translation>
            <numerusform>%n 个问题，其中 %1 个导致无法审核通过：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  … and %n more: &apos;payroll lines&apos; lists the lines.</source>
        <translation>
            <numerusform>  … 另有 %n 个：可用 &apos;payroll lines&apos; 列出相应明细。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generate the month&apos;s draft roll from the cases&apos; decisions (caseworkers).</source>
        <translation>根据各案件的决定生成当月发放名册草稿（限经办人）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit the draft roll for approval (caseworkers).</source>
        <translation>将发放名册草稿报送审核（限经办人）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve a submitted roll (a supervisor who did not submit it).</source>
        <translation>审核通过已报送的发放名册（限非报送人的审核审批人）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock an approved roll: its totals and the audit log&apos;s head are recorded (supervisors).</source>
        <translation>锁定已审核通过的发放名册：记录其合计及审计日志链头（限审核审批人）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replaces the month&apos;s draft, if there is one. A new month needs the previous month&apos;s roll locked (the first roll needs nothing). A submitted, approved or locked roll is refused. Prints the lines, the amount and the problems found (an account missing or invalid blocks approval).</source>
        <translation>如当月已有草稿，则予以替换。新月份须先锁定上月发放名册（第一个发放名册无此要求）。已报送、已审核通过或已锁定的发放名册不能重新生成。输出明细条数、金额以及发现的问题（银行账号缺失或无效将导致无法审核通过）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Four-eyes: the supervisor who approves must not be the one who submitted. A roll with a blocking problem is refused.</source>
        <translation>经办与审批相分离：审核通过的审核审批人不得是报送人。存在导致无法审核通过的问题的发放名册将被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A locked roll never changes. Prints &apos;head: ID HASH&apos;, the audit log&apos;s head recorded with the roll, on standard output: it goes on the roll&apos;s papers.</source>
        <translation>已锁定的发放名册永不改变。在标准输出打印 &apos;head: ID HASH&apos;，即随发放名册记录的审计日志链头，应印在发放名册的纸质材料上。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the roll&apos;s month, e.g. 2025-12</source>
        <translation>发放名册所属月份，例如 2025-12</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>The roll of %1 is generated as a draft: %n line(s), %2 yuan.</source>
        <translation>
            <numerusform>%1 发放名册已生成草稿：共 %n 条，%2 元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The price indices of %1 trigger price subsidies (临时价补): their lines are in the roll.</source>
        <translation>%1 的价格指数触发临时价补：相应明细已列入发放名册。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The roll of %1 is submitted for approval: %n line(s), %2 yuan.</source>
        <translation>
            <numerusform>%1 发放名册已报送审核：共 %n 条，%2 元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The roll of %1 is approved by %2.</source>
        <translation>%1 发放名册已由 %2 审核通过。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The roll of %1 is locked: %n line(s), %2 yuan. It can no longer change.</source>
        <translation>
            <numerusform>%1 发放名册已锁定：共 %n 条，%2 元。此后不能再修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollText</name>
    <message>
        <location filename="../../src/reports/payroll/payroll_text.cpp" line="+17"/>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-person allowance</source>
        <translation>单人保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child allowance</source>
        <translation>儿童基本生活费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability living subsidy</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability care subsidy</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price subsidy</source>
        <translation>临时价补</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regular</source>
        <translation>正常发放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back pay</source>
        <translation>补发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>重发</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciled</source>
        <translation>已对账</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold…</source>
        <translation>暂停发放…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release</source>
        <translation>恢复发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>报送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconcile</source>
        <translation>对账</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>停发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increased</source>
        <translation>增发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decreased</source>
        <translation>减发</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grant</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Increase</source>
        <translation>增发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decrease</source>
        <translation>减发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintain</source>
        <translation>维持</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard change</source>
        <translation>标准调整</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gradual exit</source>
        <translation>渐退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停保</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../src/services/actions.cpp" line="+46"/>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the office settings</source>
        <translation>修改单位设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit the holiday calendar</source>
        <translation>编辑节假日日历</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view the holiday calendar</source>
        <translation>查看节假日日历</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add policy parameter sets</source>
        <translation>添加政策参数集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view the household registry</source>
        <translation>查看家庭档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>register or edit households</source>
        <translation>登记或编辑家庭档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the list of communities</source>
        <translation>维护社区名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the list of institutions</source>
        <translation>维护机构名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>see full ID numbers and bank accounts</source>
        <translation>查看完整的身份证号和银行账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import household ledgers</source>
        <translation>导入家庭台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export unmasked ID numbers and bank accounts</source>
        <translation>导出未脱敏的身份证号和银行账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view applications</source>
        <translation>查看申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handle applications (intake, investigation, review, notice)</source>
        <translation>办理申请（受理、调查核实、街道审核、公示）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve or refuse applications</source>
        <translation>批准或不予批准申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdraw applications</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top up the reserve fund</source>
        <translation>补充备用金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view the monthly payroll</source>
        <translation>查看月度待遇发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate, hold lines of and submit the monthly roll</source>
        <translation>生成、暂停和报送月度发放名册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve, return and lock the monthly roll</source>
        <translation>审核、退回和锁定月度发放名册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the monthly price indices</source>
        <translation>录入月度价格指数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record money collected on a recovery</source>
        <translation>登记追缴收款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waive a recovery</source>
        <translation>核销追缴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>propose a standard-change batch</source>
        <translation>发起提标批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approve a standard-change batch</source>
        <translation>审批提标批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage the bank file templates</source>
        <translation>管理银行代发文件模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the bank payment files</source>
        <translation>生成银行代发文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import the bank&apos;s results and confirm failed payments&apos; accounts</source>
        <translation>导入银行回盘并确认发放失败的账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record re-verification visits</source>
        <translation>登记复核走访记录</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <location filename="../../src/cli/policy/policy_command.cpp" line="+18"/>
        <source>Policy parameter sets: import, export, list.</source>
        <translation>政策参数集：import（导入）、export（导出）、list（列出）。</translation>
    </message>
</context>
<context>
    <name>PolicyEditorDialog</name>
    <message>
        <location filename="../../src/gui/policy/policy_editor_dialog.cpp" line="+42"/>
        <location line="+2"/>
        <source>General</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round final amounts to</source>
        <translation>最终金额保留到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban dibao standard</source>
        <translation>城市低保标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yuan per person per month</source>
        <translation>元/人·月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rural dibao standard</source>
        <translation>农村低保标准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum dibao per covered person</source>
        <translation>每名保障对象最低保障金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment cost deducted from wages</source>
        <translation>工资收入中扣除的就业成本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marginal household line</source>
        <translation>低保边缘家庭认定线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>× standard</source>
        <translation>倍低保标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradual exit period</source>
        <translation>渐退期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified add-ons</source>
        <translation>分类施保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe disability</source>
        <translation>重度残疾人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of standard</source>
        <translation>%（占低保标准）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other disability</source>
        <translation>其他残疾人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious illness</source>
        <translation>重病患者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged 80 or over</source>
        <translation>80周岁以上老年人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged 60 to 79</source>
        <translation>60至79周岁老年人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 18</source>
        <translation>未满18周岁的未成年人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset limits</source>
        <translation>家庭财产限定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months of standard per counted member</source>
        <translation>个月低保标准 × 计算人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes</source>
        <translation>住房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most</source>
        <translation>套以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of a non-exempt vehicle</source>
        <translation>非豁免机动车价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yuan, at most</source>
        <translation>元以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered business capital</source>
        <translation>工商注册资本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extreme poverty (tekun)</source>
        <translation>特困人员供养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic living</source>
        <translation>基本生活标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care: fully self-caring</source>
        <translation>照料护理标准：生活能够自理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care: partly unable</source>
        <translation>照料护理标准：部分丧失生活自理能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care: wholly unable</source>
        <translation>照料护理标准：完全丧失生活自理能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last year&apos;s disposable income per person</source>
        <translation>上年度人均可支配收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yuan per year</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidies</source>
        <translation>补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability living subsidy</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care subsidy, grade 1</source>
        <translation>重度残疾人护理补贴（一级）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Care subsidy, grade 2</source>
        <translation>重度残疾人护理补贴（二级）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orphans in an institution</source>
        <translation>集中养育孤儿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orphans at home and unsupported children</source>
        <translation>散居孤儿和事实无人抚养儿童</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price subsidy</source>
        <translation>价格临时补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPI trigger</source>
        <translation>CPI 启动条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% year on year</source>
        <translation>%（同比涨幅）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food price trigger</source>
        <translation>食品价格启动条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least subsidy per person</source>
        <translation>每人最低补贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street office approves up to</source>
        <translation>街道审批上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months of standard per person</source>
        <translation>个月低保标准（每人）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordinary ceiling</source>
        <translation>一般救助上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of uncovered expense paid</source>
        <translation>未报销支出救助比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-verification</source>
        <translation>复核周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibao, no one able to work</source>
        <translation>低保：成员均无劳动能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dibao, someone able to work</source>
        <translation>低保：有成员具备劳动能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extreme-poverty persons</source>
        <translation>特困人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start investigation after acceptance</source>
        <translation>受理后启动调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street investigation (tekun, child allowance)</source>
        <translation>街道调查（特困、儿童基本生活费）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval (dibao, temporary)</source>
        <translation>审批（低保、临时救助）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval (tekun)</source>
        <translation>审批（特困）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval (child allowance)</source>
        <translation>审批（儿童基本生活费）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole process</source>
        <translation>全流程办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole process, street office approves</source>
        <translation>全流程办结（街道审批）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole process with a recorded extension</source>
        <translation>全流程办结（经登记延期）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusal notice after refusal</source>
        <translation>作出不予批准决定后书面告知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency response</source>
        <translation>急难救助响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>PolicyExportCommand</name>
    <message>
        <location filename="../../src/cli/policy/policy_export_command.cpp" line="+15"/>
        <source>Write the parameter set effective from a date as JSON.</source>
        <translation>将自指定日期起施行的参数集导出为 JSON。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the set&apos;s effective_from, YYYY-MM-DD</source>
        <translation>参数集的 effective_from，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write, or - for standard output</source>
        <translation>输出位置，或用 - 表示标准输出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--effective-from: %1 is not a date YYYY-MM-DD.</source>
        <translation>--effective-from：%1 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>PolicyImportCommand</name>
    <message>
        <location filename="../../src/cli/policy/policy_import_command.cpp" line="+15"/>
        <source>Add a parameter set from a JSON file (administrators).</source>
        <translation>从 JSON 文件添加参数集（限系统管理员）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is kept as a new version from its effective_from. A stored set is never changed: importing a different set with the same effective_from is refused (exit 1); importing an identical one changes nothing. An invalid file: exit 2 and the field named.</source>
        <translation>参数集自其 effective_from 起作为新版本保存。已保存的参数集永不修改：导入 effective_from 相同但内容不同的参数集将被拒绝（退出码为 1）；导入完全相同的参数集不作任何改动。文件无效：退出码为 2，并指明出错字段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the parameter set (JSON)</source>
        <translation>参数集（JSON）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>policy import reads a file, not standard input (it carries the password).</source>
        <translation>policy import 只读取文件，不读取标准输入（标准输入用于传递密码）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameter set effective from %1 is stored.</source>
        <translation>自 %1 起施行的参数集已保存。</translation>
    </message>
</context>
<context>
    <name>PolicyListCommand</name>
    <message>
        <location filename="../../src/cli/policy/policy_list_command.cpp" line="+17"/>
        <source>List the stored parameter sets.</source>
        <translation>列出已保存的参数集。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 代替表格输出。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urban standard</source>
        <translation>城市低保标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rural standard</source>
        <translation>农村低保标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <location filename="../../src/services/policy/policy_service.cpp" line="+22"/>
        <source>The stored parameter set of %1 cannot be read: %2</source>
        <translation>无法读取自 %1 起施行的已保存参数集：%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No policy parameter set is in force on %1; add one under Administration → Policy parameters.</source>
        <translation>%1 没有施行中的政策参数集；请在“系统管理 → 政策参数”中添加。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no parameter set effective from %1.</source>
        <translation>没有自 %1 起施行的参数集。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A different parameter set effective from %1 already exists; a stored set is never changed. Give the new set a later effective date.</source>
        <translation>已存在另一个自 %1 起施行的参数集，已保存的参数集永不修改。请为新参数集指定更晚的生效日期。</translation>
    </message>
</context>
<context>
    <name>PriceIndexService</name>
    <message>
        <location filename="../../src/services/payroll/price_index_service.cpp" line="+65"/>
        <source>The CPI change must be a percentage with at most one decimal between -99.9 and 999.9, e.g. 3.6.</source>
        <translation>CPI 同比涨幅须为 -99.9 至 999.9 之间的百分数，最多保留一位小数，例如 3.6。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The food price change must be a percentage with at most one decimal between -99.9 and 999.9, e.g. 6.5.</source>
        <translation>食品价格同比涨幅须为 -99.9 至 999.9 之间的百分数，最多保留一位小数，例如 6.5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The roll of %1 is locked: its price indices can no longer be changed.</source>
        <translation>%1 发放名册已锁定：该月价格指数不能再修改。</translation>
    </message>
</context>
<context>
    <name>PricesCommand</name>
    <message>
        <location filename="../../src/cli/payroll/prices_command.cpp" line="+25"/>
        <source>Price indices (CPI and food, % year on year) for the price subsidies: set, list.</source>
        <translation>用于临时价补的价格指数（CPI 和食品价格指数，同比涨幅 %）：set（录入）、list（列出）。</translation>
    </message>
</context>
<context>
    <name>PricesListCommand</name>
    <message>
        <location line="+53"/>
        <source>List the months&apos; price indices, newest first.</source>
        <translation>列出各月价格指数，最近的月份在前。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 代替表格输出。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPI %</source>
        <translation>CPI（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Food %</source>
        <translation>食品（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price subsidy</source>
        <translation>临时价补</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>triggered</source>
        <translation>已触发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>未触发</translation>
    </message>
</context>
<context>
    <name>PricesSetCommand</name>
    <message>
        <location line="-84"/>
        <source>Enter a month&apos;s price indices (supervisors).</source>
        <translation>录入某月价格指数（限审核审批人）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percentages year on year with at most one decimal, e.g. --cpi 3.6 --food 6.5. Entering a month again replaces its figures while its roll is not locked. Says whether the month triggers price subsidies (临时价补): its roll, generated afterwards, then adds them.</source>
        <translation>同比涨幅百分数，最多保留一位小数，例如 --cpi 3.6 --food 6.5。该月发放名册锁定前，再次录入同一月份将替换原有数据。命令会提示该月是否触发临时价补；若触发，此后生成的该月发放名册将加入临时价补。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the month the figures are for, e.g. 2025-12</source>
        <translation>数据所属月份，例如 2025-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consumer price index, % year on year, e.g. 3.6</source>
        <translation>居民消费价格指数（CPI）同比涨幅（%），例如 3.6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>food price index, % year on year, e.g. 6.5</source>
        <translation>食品价格指数同比涨幅（%），例如 6.5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Price indices of %1 recorded: CPI %2%, food %3%. They trigger price subsidies (临时价补) in the month&apos;s roll.</source>
        <translation>已录入 %1 价格指数：CPI 同比 %2%，食品价格同比 %3%。将在该月发放名册中触发临时价补。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price indices of %1 recorded: CPI %2%, food %3%. They do not trigger price subsidies.</source>
        <translation>已录入 %1 价格指数：CPI 同比 %2%，食品价格同比 %3%。未触发临时价补。</translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <location filename="../../src/services/registry/registry_reads.cpp" line="+53"/>
        <location line="+82"/>
        <location line="+14"/>
        <location filename="../../src/services/registry/registry_service.cpp" line="+402"/>
        <location line="+38"/>
        <location line="+28"/>
        <source>The household no longer exists.</source>
        <translation>该家庭档案已不存在。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The ID number is not valid: %1</source>
        <translation>身份证号无效：%1</translation>
    </message>
    <message>
        <location filename="../../src/services/registry/registry_reference.cpp" line="+79"/>
        <location line="+36"/>
        <source>Another community already has the code %1.</source>
        <translation>代码 %1 已被其他社区使用。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>The community %1 is already in the list.</source>
        <translation>社区 %1 已在名单中。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The community no longer exists.</source>
        <translation>该社区已不存在。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+29"/>
        <source>The institution %1 is already in the list.</source>
        <translation>机构 %1 已在名单中。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The institution no longer exists.</source>
        <translation>该机构已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/services/registry/registry_service.cpp" line="-242"/>
        <source>The institution does not exist or is no longer in use; choose one from the list.</source>
        <translation>该机构不存在或已停用，请从列表中选择。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person with ID number %1 (%2) is recorded as died on %3.</source>
        <translation>身份证号为 %1 的人员（%2）已登记死亡，死亡日期为 %3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (ID number %2) is already a member of this household.</source>
        <translation>%1（身份证号 %2）已是本家庭成员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (ID number %2) is an active member of household %3 (%4). Record there that they moved out before adding them here.</source>
        <translation>%1（身份证号 %2）目前是家庭 %3（%4）的在册成员。请先在该家庭登记其迁出，再添加到本家庭。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Enter at least the head of the household.</source>
        <translation>请至少填写户主。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same ID number is entered for member %1.</source>
        <translation>成员 %1 已填写相同的身份证号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A household has one head; another member is already entered as the head.</source>
        <translation>一户只能有一名户主，已有其他成员登记为户主。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose which member is the head of the household.</source>
        <translation>请指定由哪位成员担任户主。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+65"/>
        <source>The community does not exist or is no longer in use; choose one from the list.</source>
        <translation>该社区不存在或已停用，请从列表中选择。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The household already has a head; make the new member the head with &quot;change head&quot; after adding them.</source>
        <translation>该家庭已有户主；如需由新成员担任户主，请在添加后使用“变更户主”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+153"/>
        <location line="+33"/>
        <location line="+40"/>
        <location line="+76"/>
        <source>The person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <location line="-296"/>
        <location line="+229"/>
        <source>Another person (%1) already has this ID number.</source>
        <translation>该身份证号已被其他人员（%1）使用。</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Choose why the member is not counted (policy-rules §3).</source>
        <translation>请选择该成员不列入计算人口的原因（policy-rules §3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date joined cannot be in the future.</source>
        <translation>加入家庭的日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+31"/>
        <location line="+113"/>
        <source>The member is no longer in the household.</source>
        <translation>该成员已不在本家庭中。</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+194"/>
        <source>Use &quot;change head&quot; to make a member the head of the household.</source>
        <translation>请使用“变更户主”将成员设为户主。</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+194"/>
        <source>The head stays the head until another member is made the head.</source>
        <translation>在其他成员被设为户主之前，现户主仍为户主。</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Choose the former head&apos;s new relation.</source>
        <translation>请选择原户主与新户主的关系。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date is before the member joined (%1).</source>
        <translation>该日期早于该成员加入家庭的日期（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date is before the person&apos;s birth.</source>
        <translation>该日期早于本人的出生日期。</translation>
    </message>
</context>
<context>
    <name>RegistryValidator</name>
    <message>
        <location filename="../../src/services/registry/registry_validator.cpp" line="+35"/>
        <source>Remove the control character (such as NUL, a tab or a line break) from this field.</source>
        <translation>请删除该字段中的控制字符（如 NUL、制表符或换行符）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The phone number may hold only digits, spaces, &apos;-&apos;, &apos;+&apos; and brackets, with 7 to 20 digits.</source>
        <translation>电话号码只能包含数字、空格、&apos;-&apos;、&apos;+&apos; 和括号，且数字为 7 至 20 位。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bank account is not valid: %1</source>
        <translation>银行账号无效：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the bank of the account.</source>
        <translation>请填写开户银行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the account holder&apos;s name.</source>
        <translation>请填写开户人姓名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The community code is 1 to 8 letters or digits; it starts every household number.</source>
        <translation>社区代码为 1 至 8 位字母或数字，用作该社区每个家庭编号的开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the community&apos;s name (at most 40 characters).</source>
        <translation>请填写社区名称（不超过 40 个字符）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the institution&apos;s name (at most 60 characters).</source>
        <translation>请填写机构名称（不超过 60 个字符）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the household&apos;s community.</source>
        <translation>请选择家庭所属社区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the household&apos;s address (at most 120 characters).</source>
        <translation>请填写家庭住址（不超过 120 个字符）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last review date cannot be in the future.</source>
        <translation>上次复核日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Financial assets cannot be negative.</source>
        <translation>金融资产不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of homes runs from 0 to 99.</source>
        <translation>住房套数应为 0 至 99。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business capital cannot be negative.</source>
        <translation>注册资本不能为负数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A vehicle&apos;s value cannot be negative.</source>
        <translation>机动车价值不能为负数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the person&apos;s name (at most 40 characters).</source>
        <translation>请填写姓名（不超过 40 个字符）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+67"/>
        <source>The ID number is not valid: %1</source>
        <translation>身份证号无效：%1</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+65"/>
        <source>The birth date does not agree with the ID number (%1).</source>
        <translation>出生日期与身份证号不一致（%1）。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The sex does not agree with the ID number.</source>
        <translation>性别与身份证号不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the birth date, or the ID number that gives it.</source>
        <translation>请填写出生日期，或填写可据以确定出生日期的身份证号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the sex, or enter the ID number.</source>
        <translation>请选择性别，或填写身份证号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+59"/>
        <source>The disability grade runs from 1 (most severe) to 4.</source>
        <translation>残疾等级应为 1 级（最重）至 4 级。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Self-care is six daily-living items, each done or not.</source>
        <translation>生活自理能力按六项日常生活活动评定，每项为能完成或不能完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number of daily-living items not done runs from 0 to 6.</source>
        <translation>不能完成的日常生活活动项数应为 0 至 6。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+41"/>
        <source>An income amount cannot be negative.</source>
        <translation>收入金额不能为负数。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Enter the obligor&apos;s birth date or ID number (the rules need their age).</source>
        <translation>请填写赡养（抚养、扶养）义务人的出生日期或身份证号（认定规则需用到其年龄）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose why the member is not counted (policy-rules §3).</source>
        <translation>请选择该成员不列入计算人口的原因（policy-rules §3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date joined cannot be in the future.</source>
        <translation>加入家庭的日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../../src/reports/report_html.cpp" line="+98"/>
        <source>%1: ______________</source>
        <translation>%1：______________</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../src/gui/widgets/report_output.cpp" line="+36"/>
        <source>Print preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was saved as %2.</source>
        <translation>%1 已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>ReserveFundService</name>
    <message>
        <location filename="../../src/services/applications/reserve_fund_service.cpp" line="+12"/>
        <source>A top-up is an amount greater than zero.</source>
        <translation>拨入金额须大于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of a top-up cannot be in the future.</source>
        <translation>拨入日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the money came from (the allocation&apos;s reference).</source>
        <translation>请注明资金来源（拨款文号）。</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <location filename="../../src/cli/review/review_command.cpp" line="-180"/>
        <source>Re-verification (复核): the year&apos;s coverage, what is due.</source>
        <translation>复核：当年覆盖率、应复核案件。</translation>
    </message>
</context>
<context>
    <name>ReviewCoverageCommand</name>
    <message>
        <location line="+5"/>
        <source>The year&apos;s re-verification coverage (no sign-in).</source>
        <translation>当年复核覆盖率（无需登录）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The population is every dibao or single-person household case and every 特困 person case active on 31 December of the year (today for the current year); a member is covered by a visit dated in the year that meets RV-2 (a home visit by two or more staff, the beneficiary seen, both signatures). --json prints data-formats §7.</source>
        <translation>复核对象为当年 12 月 31 日（当年为今天）在保的全部低保户、单人保和特困人员；当年有一次符合 RV-2 的走访（两名以上调查人员入户调查、入户见人、双方签字）即为已覆盖。--json 按 data-formats §7 输出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON (data-formats §7)</source>
        <translation>输出 JSON（data-formats §7）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--year: give a year such as 2025.</source>
        <translation>--year：请给出年份，例如 2025。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re-verification %1 (as of %2): %3 %</source>
        <translation>%1 年复核（截至 %2）：%3%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>应复核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dibao households %1/%2, single-person %3/%4, 特困 persons %5/%6</source>
        <translation>低保户 %1/%2，单人保 %3/%4，特困人员 %5/%6</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not covered: %1</source>
        <translation>未覆盖：%1</translation>
    </message>
</context>
<context>
    <name>ReviewDueCommand</name>
    <message>
        <location line="+7"/>
        <source>What RV-1 makes due by a date, overdue first (no sign-in).</source>
        <translation>截至某日按 RV-1 应复核的案件，逾期在前（无需登录）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this community (name or code)</source>
        <translation>只列此社区（名称或代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--as-of: give a date such as 2025-12-31.</source>
        <translation>--as-of：请给出日期，例如 2025-12-31。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last review</source>
        <translation>上次复核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>应复核日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (days)</source>
        <translation>逾期（天）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n case(s) due by %1.</source>
        <translation>
            <numerusform>截至 %1 应复核 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../../src/services/review/review_service.cpp" line="+171"/>
        <source>%1 is not a year up to this one.</source>
        <translation>%1 不是今年或以前的年份。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no community &quot;%1&quot;.</source>
        <translation>没有社区“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No parameter set is in force on %1: the cadence of RV-1 comes from it.</source>
        <translation>%1 没有生效的政策参数：RV-1 的复核周期取自参数。</translation>
    </message>
</context>
<context>
    <name>RollRegisterReport</name>
    <message>
        <location filename="../../src/reports/payroll/roll_register_report.cpp" line="+198"/>
        <source>%1 payment roll of social assistance, %2</source>
        <translation>%1%2社会救助资金发放花名册</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office: %1   Month: %2   %3</source>
        <translation>单位：%1   月份：%2   %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DRAFT — NOT LOCKED, NOT FOR PAYMENT</source>
        <translation>草稿——未锁定，不得据此发放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepared by: %1        Approved by: %2</source>
        <translation>制表人：%1        审核人：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Held: %1</source>
        <translation>暂停发放：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payee: %1</source>
        <translation>收款人：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No valid account</source>
        <translation>无有效账号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing the roll was cancelled.</source>
        <translation>已取消打印发放花名册。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>NOT LOCKED (DRAFT): %1, %2 lines, %3 yuan so far; not for payment</source>
        <translation>未锁定（草稿）：%1，目前共 %2 条，%3 元；不得据此发放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked %1 by %2</source>
        <translation>%2 于 %1 锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1 lines, %2 yuan</source>
        <translation>：共 %1 条，%2 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; audit head #%1 %2 (first 16 hex digits of its hash)</source>
        <translation>；审计链头：第 %1 号记录，哈希值 %2（取前 16 位十六进制数字）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counting the roll&apos;s lines…</source>
        <translation>正在统计发放名册明细条数…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+45"/>
        <source>Community total</source>
        <translation>社区小计</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grand total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head / name</source>
        <translation>户主/姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+79"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+79"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Laying out the roll…</source>
        <translation>正在排版发放花名册…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community: %1</source>
        <translation>社区：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page subtotal</source>
        <translation>本页小计</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%1 lines</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>A new page could not be started.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The roll changed while it was being printed; print it again.</source>
        <translation>打印过程中发放名册发生了变化，请重新打印。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>条数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grand total in words: %1 (%2 yuan, %3 lines)</source>
        <translation>合计金额（大写）：人民币%1（%2 元，共 %3 条）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of these held (not paid this month): %1 lines, %2 yuan</source>
        <translation>其中暂停发放（本月不予发放）：%1 条，%2 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ The printed lines equal the lock record.</source>
        <translation>✓ 打印的明细与锁定记录一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ The printed lines differ from the lock record (%1 lines, %2 yuan).</source>
        <translation>✗ 打印的明细与锁定记录不一致（锁定记录为 %1 条，%2 元）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment roll %1</source>
        <translation>%1发放花名册</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../src/services/service_base.cpp" line="+19"/>
        <source>%1 may not %2: none of the account&apos;s roles allows it.</source>
        <translation>%1 无权%2：该账户的角色均不允许此操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account %1 is disabled or no longer exists; sign in again.</source>
        <translation>账户 %1 已停用或已不存在，请重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 signed in with a temporary password: choose a new password before making any change.</source>
        <translation>%1 使用临时密码登录：在进行任何修改之前，请先设置新密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database could not complete the operation; nothing was changed (%1).</source>
        <translation>数据库未能完成该操作，未作任何改动（%1）。</translation>
    </message>
</context>
<context>
    <name>StandardChangeService</name>
    <message>
        <location filename="../../src/services/payroll/standard_change_service.cpp" line="+188"/>
        <source>There is no parameter set in force from %1.</source>
        <translation>没有自 %1 起施行的参数集。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The stored parameter set of %1 cannot be read: %2</source>
        <translation>无法读取自 %1 起施行的已保存参数集：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The parameter set no longer exists.</source>
        <translation>该参数集已不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replaced by a new proposal.</source>
        <translation>已由新发起的提标批次取代。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-assessing the cases with the set of %1…</source>
        <translation>正在按自 %1 起施行的参数集重新测算案件…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The standard change was cancelled; nothing has been recorded.</source>
        <translation>提标已取消，未记录任何内容。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The new set gives the same amount (%1 yuan).</source>
        <translation>按新参数集测算金额不变（%1 元）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household had no registered member on %1: its members as registered now, ages on that date.</source>
        <translation>该家庭在 %1 没有登记在册的成员：按当前登记的成员测算，年龄按该日计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is in gradual exit (渐退): it is not raised; review it.</source>
        <translation>该案件处于渐退期：不予提标，请复核。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The facts could not be assessed: %1</source>
        <translation>无法根据家庭情况进行测算：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The household&apos;s facts could not be read.</source>
        <translation>无法读取该家庭的情况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts of the decision of %1.</source>
        <translation>依据 %1 决定时的家庭情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry facts as of %1 (the decision holds none).</source>
        <translation>依据 %1 的档案登记情况（该决定未保存家庭情况）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+32"/>
        <location line="+89"/>
        <source>The standard-change batch no longer exists.</source>
        <translation>该提标批次已不存在。</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>This standard-change batch was approved already (by %1).</source>
        <translation>该提标批次已由 %1 审批通过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This standard-change batch was discarded; propose the standard change again.</source>
        <translation>该提标批次已作废；请重新发起提标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A standard change is approved by a supervisor other than the one who proposed it.</source>
        <translation>提标须由发起人以外的审核审批人审批。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The case of household %1 has a new decision since the standard change was proposed: propose it again.</source>
        <translation>发起提标后，家庭 %1 的案件又作出了新的决定：请重新发起提标。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standard change (提标) to the parameter set of %1</source>
        <translation>按自 %1 起施行的参数集提标</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An approved standard change cannot be discarded.</source>
        <translation>已审批通过的提标不能作废。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This standard-change batch was discarded already.</source>
        <translation>该提标批次已作废。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the one who proposed it or a supervisor may discard a standard change.</source>
        <translation>只有发起人或审核审批人可以作废提标。</translation>
    </message>
</context>
<context>
    <name>UserAddCommand</name>
    <message>
        <location filename="../../src/cli/accounts/user_add_command.cpp" line="+16"/>
        <source>Add a staff account with its roles.</source>
        <translation>添加工作人员账户并分配角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The second line of standard input is the new account&apos;s password (at least 8 characters; on a terminal it is asked for twice). Roles: caseworker (经办人), supervisor (审核审批人), statistician (统计员), admin (系统管理员), separated by commas; the Chinese names are accepted too.</source>
        <translation>标准输入的第二行为新账户的密码（至少 8 个字符；在终端上需输入两次）。角色：caseworker（经办人）、supervisor（审核审批人）、statistician（统计员）、admin（系统管理员），以逗号分隔；也可使用中文名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new account&apos;s user name.</source>
        <translation>新账户的用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated roles, e.g. caseworker,supervisor.</source>
        <translation>以逗号分隔的角色，例如 caseworker,supervisor。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person&apos;s full name (default: the user name).</source>
        <translation>本人姓名（默认：与用户名相同）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown or missing role in &apos;%1&apos;: use caseworker, supervisor, statistician or admin.</source>
        <translation>&apos;%1&apos; 中有未知角色或缺少角色：请使用 caseworker、supervisor、statistician 或 admin。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password for the new account %1: </source>
        <translation>新账户 %1 的密码： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input has no second line with the new account&apos;s password.</source>
        <translation>标准输入中没有第二行（新账户的密码）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the account %1 (%2).</source>
        <translation>已添加账户 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../../src/cli/accounts/user_command.cpp" line="+21"/>
        <source>Manage staff accounts (administrators).</source>
        <translation>管理工作人员账户（限系统管理员）。</translation>
    </message>
</context>
<context>
    <name>UserListCommand</name>
    <message>
        <location filename="../../src/cli/accounts/user_list_command.cpp" line="+37"/>
        <source>List the staff accounts.</source>
        <translation>列出工作人员账户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs the administrator role. Prints a table on standard output, or with --json one object {&quot;users&quot;: [{&quot;username&quot;, &quot;display_name&quot;, &quot;roles&quot; (keys), &quot;active&quot;, &quot;locked&quot;, &quot;created_at&quot;}]}.</source>
        <translation>需要系统管理员角色。在标准输出打印表格；使用 --json 时输出一个对象 {&quot;users&quot;: [{&quot;username&quot;, &quot;display_name&quot;, &quot;roles&quot;（角色键名）, &quot;active&quot;, &quot;locked&quot;, &quot;created_at&quot;}]}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 代替表格输出。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>UserResetPasswordCommand</name>
    <message>
        <location filename="../../src/cli/accounts/user_reset_password_command.cpp" line="+16"/>
        <source>Set a new password for an account.</source>
        <translation>为账户设置新密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs the administrator role. The second line of standard input is the new password (at least 8 characters; on a terminal it is asked for twice). The account must choose its own password at its next sign-in to the app.</source>
        <translation>需要系统管理员角色。标准输入的第二行为新密码（至少 8 个字符；在终端上需输入两次）。该账户下次登录桌面程序时须自行设置新密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account&apos;s user name.</source>
        <translation>账户的用户名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input has no second line with the new password.</source>
        <translation>标准输入中没有第二行（新密码）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of %1 is reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>UserSetActiveCommand</name>
    <message>
        <location filename="../../src/cli/accounts/user_set_active_command.cpp" line="+20"/>
        <source>Enable a disabled account again.</source>
        <translation>重新启用已停用的账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable an account: it can no longer sign in.</source>
        <translation>停用账户：停用后无法再登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs the administrator role.</source>
        <translation>需要系统管理员角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs the administrator role. Accounts are never deleted, since the audit log refers to them; you cannot disable your own account or the last active administrator.</source>
        <translation>需要系统管理员角色。由于审计日志引用账户，账户一律不删除；不能停用本人账户，也不能停用最后一个在用的系统管理员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account&apos;s user name.</source>
        <translation>账户的用户名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account %1 is enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
</context>
<context>
    <name>VersionCommand</name>
    <message>
        <location filename="../../src/cli/version_command.cpp" line="+13"/>
        <source>Show the program&apos;s version and the database schema version it knows.</source>
        <translation>显示程序版本及其支持的数据库结构版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints two lines on standard output, &apos;reliefdesk-cli VERSION&apos; and &apos;schema N&apos;; needs no database.</source>
        <translation>在标准输出打印两行：&apos;reliefdesk-cli VERSION&apos; 和 &apos;schema N&apos;；无需数据库。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+70"/>
        <source>ReliefDesk: social-assistance case management.</source>
        <translation>社会救助工作台：社会救助业务管理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the database file &lt;path&gt;.</source>
        <translation>使用数据库文件 &lt;path&gt;。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ReliefDesk cannot start</source>
        <translation>社会救助工作台无法启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>无法打开数据库 %1。

%2</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="+112"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>relief::gui::AboutDialog</name>
    <message>
        <location filename="../../src/gui/shell/about_dialog.cpp" line="+27"/>
        <source>About ReliefDesk</source>
        <translation>关于社会救助工作台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ReliefDesk</source>
        <translation>社会救助工作台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case management for the social-assistance office of a street office: households, applications, payments and relief.</source>
        <translation>街道办事处社会救助业务管理系统：家庭档案、申请审批、待遇发放和各项救助。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema version:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt version:</source>
        <translation>Qt 版本：</translation>
    </message>
</context>
<context>
    <name>relief::gui::AddUserDialog</name>
    <message>
        <location filename="../../src/gui/admin/add_user_dialog.cpp" line="+35"/>
        <location line="+42"/>
        <source>Add account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>used to sign in, e.g. zhangli</source>
        <translation>用于登录，例如 zhangli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Zhang Li</source>
        <translation>例如：张丽</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the person the password in private. They can change it under File › Change my password.</source>
        <translation>请私下将密码告知本人。本人可在“文件 › 修改密码”中自行修改。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>relief::gui::AdministrationPage</name>
    <message>
        <location filename="../../src/gui/admin/administration_page.cpp" line="+44"/>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office settings</source>
        <translation>单位设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank templates</source>
        <translation>银行模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>relief::gui::ApplicationController</name>
    <message>
        <location filename="../../src/gui/applications/application_controller.cpp" line="+72"/>
        <source>The office is set up. Sign in with the administrator account.</source>
        <translation>单位设置已完成。请使用系统管理员账户登录。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The previous user has signed out.</source>
        <translation>上一位用户已退出登录。</translation>
    </message>
</context>
<context>
    <name>relief::gui::ApplicationListModel</name>
    <message>
        <location filename="../../src/gui/applications/application_list_model.cpp" line="+102"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related to staff</source>
        <translation>近亲属关系</translation>
    </message>
</context>
<context>
    <name>relief::gui::ApplicationListPage</name>
    <message>
        <location filename="../../ui/applications/application_list_page.ui" line="+19"/>
        <source>Applications (申请审批)</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Notice list (公示名单)…</source>
        <translation>公示名单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reserve &amp;fund…</source>
        <translation>备用金(&amp;F)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Staff r&amp;elatives only (近亲属 register)</source>
        <translation>只看近亲属备案(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register of applicants who are close relatives (近亲属) of staff, which the rules require to be kept apart: shows only those applications, with the staff member and how they are related.</source>
        <translation>经办人员及村（居）委会干部近亲属申请备案登记：只显示此类申请，并列出相关工作人员及亲属关系。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New applications are registered from a household’s page (New application…).</source>
        <translation>新申请请在家庭档案页面登记（新建申请…）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Double-click an application (or press Enter) to open it.</source>
        <translation>双击申请（或按回车键）即可打开。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/application_list_page.cpp" line="+39"/>
        <source>Open applications</source>
        <translation>在办申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>共 %n 件申请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::gui::ApplicationPage</name>
    <message>
        <location filename="../../ui/applications/application_page.ui" line="+22"/>
        <source>← Back to the list</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No time limit is running.</source>
        <translation>当前没有正在计算的办理时限。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check &amp;materials…</source>
        <translation>核对材料(&amp;M)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;investigation…</source>
        <translation>启动调查(&amp;I)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record &amp;visit…</source>
        <translation>登记走访调查(&amp;V)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record chec&amp;k…</source>
        <translation>登记信息核对(&amp;K)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Street &amp;review…</source>
        <translation>街道审核(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start &amp;notice…</source>
        <translation>开始公示(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ob&amp;jection…</source>
        <translation>登记异议(&amp;J)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sen&amp;d for approval…</source>
        <translation>报送审批(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fuse…</source>
        <translation>不予批准(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pa&amp;y first (先行救助)…</source>
        <translation>先行救助(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusal notice &amp;handed over…</source>
        <translation>登记告知书送达(&amp;H)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Extend time limit…</source>
        <translation>延长时限(&amp;E)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Visits</source>
        <translation>走访调查</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Department checks</source>
        <translation>部门信息核对</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Import results file…</source>
        <translation>导入核对结果文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the results the departments returned, for this and other applications, from a CSV file</source>
        <translation>从 CSV 文件导入各部门反馈的核对结果（可包含本申请及其他申请）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Review and rules</source>
        <translation>审核与规则测算</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/application_page.cpp" line="+55"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+344"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+219"/>
        <location line="+82"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provided</source>
        <translation>是否提供</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen in person</source>
        <translation>见到本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counts for review</source>
        <translation>计入审核依据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked on</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>变为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>One-time notice of missing materials (一次性告知书)</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home visit record (入户调查表)</source>
        <translation>入户调查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of approval (审核确认通知书)</source>
        <translation>审核确认通知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of refusal (不予批准告知书)</source>
        <translation>不予批准告知书</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save as &amp;PDF</source>
        <translation>另存为 PDF(&amp;P)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Application %1 · %2</source>
        <translation>申请 %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+119"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>&lt;b&gt;Household&lt;/b&gt; %1 · head %2 · %3 · %4</source>
        <translation>&lt;b&gt;家庭&lt;/b&gt; %1 · 户主 %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;For&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;申请对象&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Received&lt;/b&gt; %1 via %2 · entered by %3</source>
        <translation>&lt;b&gt;申请日期&lt;/b&gt; %1 · 申请渠道：%2 · 录入人：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Emergency request&lt;/b&gt; at %1</source>
        <translation>&lt;b&gt;急难求助时间&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reason&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;申请事由&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n month(s) of the standard</source>
        <translation>
            <numerusform>%n 个月低保标准</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expense %1</source>
        <translation>支出 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reimbursed %1</source>
        <translation>已报销 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other aid %1</source>
        <translation>其他救助 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case by case (一事一议)</source>
        <translation>一事一议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Request&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;求助内容&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&quot;color:#9a5b00;&quot;&gt;&lt;b&gt;Related to staff (近亲属):&lt;/b&gt; %1 — approval waits for a supervisor&apos;s home visit.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#9a5b00;&quot;&gt;&lt;b&gt;工作人员近亲属：&lt;/b&gt;%1 —— 须经审核审批人入户调查后方可审批。&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Time limit extended:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已延长办理时限：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (holidays of that year not yet entered)</source>
        <translation>%1（当年节假日尚未录入）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ Provided</source>
        <translation>✓ 已提供</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Missing</source>
        <translation>✗ 缺少</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Family and staff</source>
        <translation>家庭成员和工作人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family only</source>
        <translation>仅家庭成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff only</source>
        <translation>仅工作人员</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Reviewed on %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;已于 %1 审核。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: %1 as the rules give on that day</source>
        <translation>：按当日规则测算为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Opinion:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;审核意见：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&quot;color:#9a5b00;&quot;&gt;&lt;b&gt;Against the rules, because:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#9a5b00;&quot;&gt;&lt;b&gt;与规则测算结果不一致，理由：&lt;/b&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The panel shows what the rules give with the household as recorded now, on the review date.</source>
        <translation>面板按审核日期、依当前登记的家庭情况显示规则测算结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reviewed yet.</source>
        <translation>尚未审核。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel shows what the rules give today with the household as recorded; the street review records it.</source>
        <translation>面板按今天的日期、依当前登记的家庭情况显示规则测算结果；街道审核时将记录该结果。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Applied for:&lt;/b&gt; %1 for the household: %2 a month as the rules give on %3.</source>
        <translation>&lt;b&gt;申请事项：&lt;/b&gt;全户申请%1，按 %3 的规则测算为每月 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Applied for:&lt;/b&gt; %1 for %2: %3 a month as the rules give on %4. The figures below are the whole household&apos;s.</source>
        <translation>&lt;b&gt;申请事项：&lt;/b&gt;为 %2 申请%1，按 %4 的规则测算为每月 %3。以下数据为全户情况。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Approved on %1&lt;/b&gt; by %2.</source>
        <translation>&lt;b&gt;已于 %1 批准&lt;/b&gt;，审批人：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Granted once: %1.</source>
        <translation>一次性给予：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted %1 a month from %2.</source>
        <translation>自 %2 起每月给予 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case: %1, %2 a month</source>
        <translation>案件：%1，每月 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Refused on %1&lt;/b&gt; by %2.</source>
        <translation>&lt;b&gt;已于 %1 决定不予批准&lt;/b&gt;，审批人：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refusal notice was handed over on %1.</source>
        <translation>不予批准告知书已于 %1 送达。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal notice has not been handed over yet.</source>
        <translation>不予批准告知书尚未送达。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Withdrawn on %1.&lt;/b&gt; Reason: %2</source>
        <translation>&lt;b&gt;已于 %1 撤回。&lt;/b&gt;原因：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decided yet.</source>
        <translation>尚未作出决定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid first (先行救助): %1.</source>
        <translation>先行救助：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve fund payment on %1: %2 to %3.</source>
        <translation>备用金支付（%1）：向 %3 支付 %2。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 Possible from %2.</source>
        <translation>%1自 %2 起方可办理。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The application was returned: materials are missing. Print the one-time notice (一次性告知书) for the applicant?</source>
        <translation>申请已退回补正：缺少材料。是否为申请人打印一次性告知书？</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The application is approved. Print the notice of approval (审核确认通知书)?</source>
        <translation>申请已批准。是否打印审核确认通知书？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application is refused. Print the notice of refusal (不予批准告知书) for the applicant?</source>
        <translation>申请已决定不予批准。是否为申请人打印不予批准告知书？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay first (先行救助)</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was paid from the reserve fund.</source>
        <translation>已从备用金支付 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home visit record</source>
        <translation>入户调查表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice of approval</source>
        <translation>审核确认通知书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice of refusal</source>
        <translation>不予批准告知书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>relief::gui::AssessmentPanel</name>
    <message>
        <location filename="../../src/gui/policy/assessment_panel.cpp" line="+56"/>
        <source>Dibao household</source>
        <translation>低保家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual inclusion (single-person dibao)</source>
        <translation>单人保（单人纳入低保）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marginal household (near the dibao line)</source>
        <translation>低保边缘家庭（收入略高于低保标准）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a dibao household</source>
        <translation>不属于低保家庭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole household</source>
        <translation>全家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 yuan per person per month (parameters of %2)</source>
        <translation>每人每月 %1 元（%2 起施行的参数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 yuan / %2 yuan per person</source>
        <translation>%1 元 / 人均 %2 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within the limits</source>
        <translation>符合规定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>over the limit: %1</source>
        <translation>超过规定：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / every %2 months</source>
        <translation>%1 / 每 %2 个月复核一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / no re-verification due</source>
        <translation>%1 / 无需定期复核</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single-person dibao</source>
        <translation>单人保</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extreme-poverty support (tekun)</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child allowance</source>
        <translation>儿童基本生活费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability living subsidy</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severe disability care subsidy</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price subsidy</source>
        <translation>价格临时补贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary assistance (one-off)</source>
        <translation>临时救助（一次性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total per month: %1 yuan</source>
        <translation>每月合计：%1 元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>relief::gui::AssetsDialog</name>
    <message>
        <location filename="../../ui/registry/assets_dialog.ui" line="+14"/>
        <source>Household assets</source>
        <translation>家庭财产</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Financial assets (yuan):</source>
        <translation>金融资产（元）(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Savings, deposits, shares, funds and other financial assets of all members.</source>
        <translation>全部家庭成员的储蓄存款、股票、基金等金融资产。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Homes:</source>
        <translation>住房套数(&amp;H)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Business capital (yuan):</source>
        <translation>经营资本（元）(&amp;B)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/gui/registry/assets_dialog.cpp" line="+75"/>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;vehicle</source>
        <translation>添加车辆(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove vehicle</source>
        <translation>删除车辆(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exempt: the mobility vehicle of a disabled member, not counted as an asset.</source>
        <translation>豁免：残疾成员使用的代步车辆，不计入家庭财产。</translation>
    </message>
    <message>
        <location filename="../../src/gui/registry/assets_dialog.cpp" line="-45"/>
        <source>Assets of household %1</source>
        <translation>家庭 %1 的财产</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>e.g. electric tricycle</source>
        <translation>例如：电动三轮车</translation>
    </message>
</context>
<context>
    <name>relief::gui::AuditPage</name>
    <message>
        <location filename="../../src/gui/admin/audit_page.cpp" line="+42"/>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Raw record…</source>
        <translation>原始记录…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All entities</source>
        <translation>全部对象</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit record %1</source>
        <translation>审计记录 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1（%2 %3，%4）</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>OK: all %n record(s) are intact.</source>
        <translation>
            <numerusform>校验通过：全部 %n 条记录完好。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head: record %1, hash %2</source>
        <translation>链头：第 %1 号记录，哈希值 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken at record %1: %2</source>
        <translation>哈希链在第 %1 号记录处断裂：%2</translation>
    </message>
</context>
<context>
    <name>relief::gui::AuditTableModel</name>
    <message>
        <location filename="../../src/gui/admin/audit_table_model.cpp" line="+84"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>relief::gui::BankExportDialog</name>
    <message>
        <location filename="../../ui/payroll/bank_export_dialog.ui" line="+14"/>
        <source>Export bank files</source>
        <translation>导出代发文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/bank_export_dialog.cpp" line="+44"/>
        <source>Export bank files – %1</source>
        <translation>导出代发文件 – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank files (代发) of the locked roll for %1: one file per programme, with the payees&apos; full account and ID numbers. Keep them where only the office can read them.</source>
        <translation>%1 已锁定花名册的代发文件：每个救助项目一个文件，含收款人完整的银行账号和身份证号码。请妥善保存，确保仅本单位人员可以查阅。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Folder for the bank files</source>
        <translation>代发文件存放文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the bank&apos;s template.</source>
        <translation>请选择银行模板。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the folder the files are written to.</source>
        <translation>请选择文件的保存文件夹。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) written to %1: %2 payment(s), %3 yuan.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个文件：%2 笔款项，共 %3 元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Send these files to the bank; import its result file (回盘) when it answers.</source>
        <translation>请将这些文件报送银行；银行返回回盘文件后再导入。</translation>
    </message>
</context>
<context>
    <name>relief::gui::BankFieldTable</name>
    <message>
        <location filename="../../src/gui/admin/bank_field_table.cpp" line="+30"/>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank name</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank code</source>
        <translation>银行代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export date</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of payments</source>
        <translation>总笔数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total amount</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Literal text</source>
        <translation>固定文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column title</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Width (bytes)</source>
        <translation>宽度（字节）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Pad</source>
        <translation>填充字符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date style</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+135"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+153"/>
        <source>Yuan (123.45)</source>
        <translation>元（123.45）</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+153"/>
        <source>Fen (12345)</source>
        <translation>分（12345）</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
</context>
<context>
    <name>relief::gui::BankResultDialog</name>
    <message>
        <location filename="../../ui/payroll/bank_result_dialog.ui" line="+14"/>
        <source>Import bank results</source>
        <translation>导入银行回盘</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Result &amp;file:</source>
        <translation>回盘文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Programme:</source>
        <translation>救助项目(&amp;P)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../src/gui/payroll/bank_result_dialog.cpp" line="+243"/>
        <source>What the file says</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Header on row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paid:</source>
        <translation>发放成功：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed:</source>
        <translation>发放失败：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed by this file:</source>
        <translation>本文件更新：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already recorded:</source>
        <translation>此前已记录：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pending afterwards:</source>
        <translation>导入后待回盘：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Roll reconciled:</source>
        <translation>花名册已对账：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rows not recorded</source>
        <translation>未记录的行</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Apply</source>
        <translation>确认导入(&amp;A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/bank_result_dialog.cpp" line="-197"/>
        <source>Import bank results – %1</source>
        <translation>导入银行回盘 – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank&apos;s result file (回盘) for the roll of %1, matched to the payments of its latest bank files by account and amount. Preview shows what the file would record; Apply records it. A file with a bad row is refused as a whole.</source>
        <translation>%1 花名册的银行回盘文件，按银行账号和金额与最近一次代发文件中的款项匹配。“预览”显示该文件将记录的结果，“确认导入”则正式记录。文件中只要有一行错误，整个文件都将被拒绝。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All programmes</source>
        <translation>全部救助项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the bank answers each programme&apos;s file apart: the one programme this file is for (its rows are matched to that programme&apos;s payments only).</source>
        <translation>银行按救助项目分别回盘时，选择本文件对应的救助项目（文件各行仅与该项目的款项匹配）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .csv or .xlsx file the bank sent back</source>
        <translation>银行返回的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank&apos;s result file</source>
        <translation>银行回盘文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank result files (*.csv *.xlsx);;All files (*)</source>
        <translation>银行回盘文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the bank&apos;s result file.</source>
        <translation>请选择银行回盘文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the bank&apos;s template.</source>
        <translation>请选择银行模板。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2: a bank&apos;s result file is far smaller (at most %3). Is it the right file?</source>
        <translation>%1 的大小为 %2，而银行回盘文件要小得多（最大 %3）。这是正确的文件吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is larger than %2.</source>
        <translation>%1 大于 %2。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file has bad rows: the bank must correct them first.</source>
        <translation>文件中有错误行，须先由银行更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The results are recorded.</source>
        <translation>回盘结果已记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file changes nothing: every row is recorded already or not matched.</source>
        <translation>该文件未带来任何更改：所有行均已记录或未匹配。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview the file first.</source>
        <translation>请先预览文件。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled: nothing was recorded.</source>
        <translation>已取消，未记录任何结果。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s) of the file cannot be read: nothing can be recorded from it. Ask the bank for a corrected file.</source>
        <translation>
            <numerusform>文件中有 %n 行无法读取，无法从中记录任何结果。请向银行索取更正后的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Preview only: nothing is recorded yet. Apply records %n payment result(s).</source>
        <translation>
            <numerusform>仅为预览，尚未记录任何结果。“确认导入”将记录 %n 笔发放结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file changes nothing: its results are recorded already.</source>
        <translation>该文件未带来任何更改：其结果均已记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would not be recorded (listed below).</source>
        <translation>
            <numerusform>%n 行将不会被记录（见下表）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Recorded: %n payment result(s).</source>
        <translation>
            <numerusform>已记录 %n 笔发放结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every payment has its result: the roll is reconciled.</source>
        <translation>所有款项均已有结果，花名册已对账。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payment(s) still wait for the bank&apos;s result.</source>
        <translation>
            <numerusform>仍有 %n 笔款项待回盘。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was recorded: the file changes nothing.</source>
        <translation>未记录任何结果：该文件未带来任何更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the file would record (preview)</source>
        <translation>文件将记录的内容（预览）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the file recorded</source>
        <translation>文件已记录的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 payment(s)</source>
        <translation>%1 笔（共 %2 笔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No (the file is refused)</source>
        <translation>否（文件被拒绝）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows with errors (%1)</source>
        <translation>有错误的行（%1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rows not recorded (%1): not matched to a payment, or refused</source>
        <translation>未记录的行（%1）：未匹配到款项或拒绝更改</translation>
    </message>
</context>
<context>
    <name>relief::gui::BankTemplatesPage</name>
    <message>
        <location filename="../../src/gui/admin/bank_templates_page.cpp" line="+77"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>xlsx workbook</source>
        <translation>xlsx 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (comma-separated)</source>
        <translation>CSV（逗号分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimited text</source>
        <translation>分隔文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed-width text</source>
        <translation>定长文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CRLF (Windows)</source>
        <translation>CRLF（Windows）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yuan (123.45)</source>
        <translation>元（123.45）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fen (12345)</source>
        <translation>分（12345）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <location line="+31"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped, edited by %1
%2</source>
        <translation>内置，由 %1 修改
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved by %1
%2</source>
        <translation>由 %1 保存
%2</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Header line</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailer line</source>
        <translation>表尾行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1, field %2)</source>
        <translation>（%1，第 %2 个字段）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template cannot be saved yet. %1%2</source>
        <translation>该模板暂不能保存。%1%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The layout gave no file.</source>
        <translation>按此布局未生成任何文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An xlsx workbook of one sheet; the cells as the bank will read them.</source>
        <translation>一个仅含一张工作表的 xlsx 工作簿；单元格内容即银行读取的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRLF (shown as \r\n)</source>
        <translation>CRLF（显示为 \r\n）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LF (shown as \n)</source>
        <translation>LF（显示为 \n）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1; every line ends with %2.</source>
        <translation>编码 %1；每行以 %2 结尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows per file: the %2 sample payments make %3 files; the first is shown.</source>
        <translation>每个文件 %1 行：%2 笔示例款项生成 %3 个文件，此处显示第一个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file: %1 payments, total %2 yuan.</source>
        <translation>本文件：%1 笔款项，共 %2 元。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A detail line is %1 bytes in %2: %3.</source>
        <translation>每个明细行在 %2 编码下为 %1 字节：%3。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source> — a new template, not saved yet</source>
        <translation>——新模板，尚未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — changed, not saved yet</source>
        <translation>——已更改，尚未保存</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template was not saved. %1</source>
        <translation>模板未保存。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template %1 was saved.</source>
        <translation>模板 %1 已保存。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New bank template</source>
        <translation>新建银行模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of %1 under a new identifier
(lower-case letters a–z, digits, - and _; at most 40):</source>
        <translation>以新标识复制 %1
（小写字母 a–z、数字、- 和 _，最多 40 个字符）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The identifier &quot;%1&quot; is not valid: use 1 to 40 lower-case letters a–z, digits, - and _.</source>
        <translation>标识“%1”无效：请使用 1 至 40 个小写字母 a–z、数字、- 和 _。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is a template &quot;%1&quot; already; choose another identifier.</source>
        <translation>已存在模板“%1”，请另选标识。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the copy as needed and save it to add it.</source>
        <translation>请按需修改副本，保存后即可添加。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import bank template</source>
        <translation>导入银行模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported. %2</source>
        <translation>%1 未导入。%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The template %1 (%2) was imported; it replaces the one stored under that identifier.</source>
        <translation>模板 %1（%2）已导入，并替换了该标识下原有的模板。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template %1 (%2) was imported.</source>
        <translation>模板 %1（%2）已导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export bank template</source>
        <translation>导出银行模板</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The template was not exported. %1</source>
        <translation>模板未导出。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template %1 was written to %2.</source>
        <translation>模板 %1 已写入 %2。</translation>
    </message>
</context>
<context>
    <name>relief::gui::ChangeHeadDialog</name>
    <message>
        <location filename="../../ui/registry/change_head_dialog.ui" line="+20"/>
        <location filename="../../src/gui/registry/change_head_dialog.cpp" line="+40"/>
        <source>Make head</source>
        <translation>设为户主</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The other members&apos; relations stay as they are; edit them if they change.</source>
        <translation>其他成员与户主的关系保持不变；如有变化，请另行编辑。</translation>
    </message>
    <message>
        <location filename="../../src/gui/registry/change_head_dialog.cpp" line="-12"/>
        <source>%1 becomes the head of household %2.</source>
        <translation>%1 将成为家庭 %2 的户主。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, the head until now, becomes:</source>
        <translation>原户主 %1 的关系改为：</translation>
    </message>
</context>
<context>
    <name>relief::gui::ChangePasswordDialog</name>
    <message>
        <location filename="../../src/gui/shell/change_password_dialog.cpp" line="+37"/>
        <location line="+34"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Your password was reset by an administrator. Choose your own password before you continue.</source>
        <translation>您的密码已由管理员重置。请先设置您自己的密码，然后继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password for %1.</source>
        <translation>请为 %1 设置新密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two new passwords are not the same; type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>relief::gui::ChangeTableDialog</name>
    <message>
        <location filename="../../ui/payroll/change_table_dialog.ui" line="+14"/>
        <source>Change table</source>
        <translation>增减变动表</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>By community and programme</source>
        <translation>按社区和救助项目</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check: previous month + changes = this month</source>
        <translation>核对：上月 + 增减 = 本月</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/change_table_dialog.cpp" line="+68"/>
        <location line="+117"/>
        <source>Change table %1</source>
        <translation>%1增减变动表</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Change</source>
        <translation>变动类别</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Before</source>
        <translation>变动前</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>After</source>
        <translation>变动后</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases before</source>
        <translation>变动前案件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>增减金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases after</source>
        <translation>变动后案件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 against %2.</source>
        <translation>%1 与 %2 对比。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the first roll: every case is new.</source>
        <translation>%1 为首个发放名册：所有案件均为新增。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>balances</source>
        <translation>相符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not balance</source>
        <translation>不相符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check line does not balance for every community and programme.</source>
        <translation>并非所有社区和救助项目的核对行都相符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gradual exit ended</source>
        <translation>渐退期满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to another community</source>
        <translation>迁往其他社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (moved to another community)</source>
        <translation>%1（迁往其他社区）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cases (%1)</source>
        <translation>案件（%1）</translation>
    </message>
</context>
<context>
    <name>relief::gui::CheckImportDialog</name>
    <message>
        <location filename="../../ui/applications/check_import_dialog.ui" line="+14"/>
        <source>Import cross-department check results</source>
        <translation>导入部门信息核对结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A CSV file of results returned by the departments (公安, 人社, 税务, 不动产, 市场监管, 公积金, 车辆, 金融), one row per application and department: application number, department, result, note, date checked. Any bad row and nothing is imported.</source>
        <translation>各部门（公安、人社、税务、不动产、市场监管、公积金、车辆、金融）反馈结果的 CSV 文件，每个申请每个部门一行：申请编号、部门、结果、说明、核对日期。只要有一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results &amp;file:</source>
        <translation>结果文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hoose file…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/check_import_dialog.cpp" line="+27"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the check results file</source>
        <translation>选择核对结果文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Nothing was imported: %n problem(s) in the file. Correct the rows below and import the file again.</source>
        <translation>
            <numerusform>未导入任何数据：文件中有 %n 处问题。请更正下列各行后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s) read: %1 result(s) recorded, %2 already on file.</source>
        <translation>
            <numerusform>共读取 %n 行：登记核对结果 %1 条，已有记录 %2 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::gui::CommunitiesPage</name>
    <message>
        <location filename="../../src/gui/admin/communities_page.cpp" line="+75"/>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add community</source>
        <translation>添加社区(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The community %1 was added.</source>
        <translation>已添加社区 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes were saved.</source>
        <translation>更改已保存。</translation>
    </message>
</context>
<context>
    <name>relief::gui::CrossCheckDialog</name>
    <message>
        <location filename="../../ui/applications/cross_check_dialog.ui" line="+6"/>
        <source>Record a check with another department</source>
        <translation>登记部门信息核对结果</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Result:</source>
        <translation>核对结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checked &amp;on:</source>
        <translation>核对日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What the department found (required for a discrepancy)</source>
        <translation>该部门核对发现的情况（结果不一致时必填）</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/cross_check_dialog.cpp" line="+28"/>
        <source>Application %1 · %2</source>
        <translation>申请 %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;&amp; &amp;next</source>
        <translation>登记并继续(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>relief::gui::DashboardPage</name>
    <message>
        <location filename="../../ui/workbench/dashboard_page.ui" line="+45"/>
        <source>Office:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in as:</source>
        <translation>当前用户：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Today:</source>
        <translation>今天：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tasks</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click a task (or press Enter) to open its application.</source>
        <translation>双击待办事项（或按回车键）即可打开相应申请。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Red: overdue. Amber: due within three working days. Double-click a task (or press Enter) to open its application.</source>
        <translation>红色：已超期。橙色：三个工作日内到期。双击待办事项（或按回车键）即可打开相应申请。</translation>
    </message>
    <message>
        <location filename="../../src/gui/workbench/dashboard_page.cpp" line="+49"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Welcome, %1</source>
        <translation>欢迎您，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ready to submit</source>
        <translation>可报送审批</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No task of yours is waiting.</source>
        <translation>没有待您办理的事项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task is waiting.</source>
        <translation>没有待办事项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue · %2 due soon · %3 in all</source>
        <translation>已超期 %1 件 · 即将到期 %2 件 · 共 %3 件</translation>
    </message>
</context>
<context>
    <name>relief::gui::EditRolesDialog</name>
    <message>
        <location filename="../../src/gui/admin/edit_roles_dialog.cpp" line="+22"/>
        <source>Change roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles of %1 (%2):</source>
        <translation>%1（%2）的角色：</translation>
    </message>
</context>
<context>
    <name>relief::gui::ExportHouseholdsDialog</name>
    <message>
        <location filename="../../src/gui/registry/export_households_dialog.cpp" line="+114"/>
        <location line="+56"/>
        <location line="+28"/>
        <source>Export households</source>
        <translation>导出家庭</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Households (members grouped by household)</source>
        <translation>按家庭（成员按家庭分组）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons (each person once)</source>
        <translation>按人员（每人一行）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role may export masked numbers only.</source>
        <translation>您的角色只能导出脱敏号码。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>persons-%1.csv</source>
        <translation>人员-%1.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>households-%1.csv</source>
        <translation>家庭-%1.csv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 是文件夹，请补充文件名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already. Press Export again to replace it.</source>
        <translation>%1 已存在。再次点击“导出”将替换该文件。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The export stopped.</source>
        <translation>导出已中止。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>relief::gui::FailedPaymentsDialog</name>
    <message>
        <location filename="../../ui/payroll/failed_payments_dialog.ui" line="+14"/>
        <source>Failed payments</source>
        <translation>发放失败记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments the bank returned as failed. The next roll pays each again once the household&apos;s account is corrected in the registry, or once the account is confirmed as right (the bank lifted a freeze, for instance).</source>
        <translation>银行回盘为发放失败的款项。在救助档案中更正该户账户，或确认账户无误（例如银行已解除冻结）后，下期花名册将重发该笔款项。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Confirm account…</source>
        <translation>确认账户(&amp;C)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/failed_payments_dialog.cpp" line="+27"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank&apos;s reason</source>
        <translation>银行反馈原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The household&apos;s account is now %1%2.</source>
        <translation>该户当前账户为 %1%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not a valid account)</source>
        <translation>（账户无效）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed by %1: %2</source>
        <translation>%1 已确认：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the account on the household page, or confirm it as it is.</source>
        <translation>请在户信息页面更正账户，或确认现有账户无误。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n failed payment(s); %1 yuan not yet paid again, %2 of them waiting for the account to be corrected or confirmed.</source>
        <translation>
            <numerusform>共 %n 笔发放失败；尚未重发 %1 元，其中 %2 笔等待更正或确认账户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a failed payment waiting for its account.</source>
        <translation>请选择一笔等待账户处理的发放失败记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is right as it is: the next roll pays it again.</source>
        <translation>账户无误：下期花名册将重发该笔款项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a payment waiting with the same account is confirmed; this one is: %1.</source>
        <translation>只能确认账户未变、正在等待处理的款项；该笔款项状态为：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirm the account</source>
        <translation>确认账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment of %1 yuan to %2 (household %3, %4) failed: %5. Confirm that the account %6 is right as it is, so that the next roll pays it again; say how you know (the bank lifted a freeze, …).</source>
        <translation>向 %2（户编号 %3，%4）发放的 %1 元失败：%5。请确认账户 %6 无误，以便下期花名册重发该笔款项；并说明确认依据（如银行已解除冻结等）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account is confirmed: the next roll pays the %1 yuan again.</source>
        <translation>账户已确认：下期花名册将重发这 %1 元。</translation>
    </message>
</context>
<context>
    <name>relief::gui::HolidaysPage</name>
    <message>
        <location filename="../../src/gui/admin/holidays_page.cpp" line="+45"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import JSON file…</source>
        <translation>导入 JSON 文件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+69"/>
        <source>Holiday (day off)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The calendar has no entries for %1. Import the official schedule or add the days by hand.</source>
        <translation>日历中没有 %1 年的条目。请导入官方公布的放假安排，或手动添加日期。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The holiday calendar has been saved.</source>
        <translation>节假日日历已保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import holiday calendar</source>
        <translation>导入节假日日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The holiday calendar has been replaced by the file %1.</source>
        <translation>节假日日历已替换为文件 %1 的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are unsaved changes.</source>
        <translation>有尚未保存的更改。</translation>
    </message>
</context>
<context>
    <name>relief::gui::HouseholdDialog</name>
    <message>
        <location filename="../../src/gui/registry/household_dialog.cpp" line="+23"/>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit household %1</source>
        <translation>编辑家庭 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (no longer in use)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register household</source>
        <translation>登记家庭(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>relief::gui::HouseholdListModel</name>
    <message>
        <location filename="../../src/gui/registry/household_list_model.cpp" line="+93"/>
        <source>The search matched %1, a member of this household, not the head.</source>
        <translation>搜索匹配的是本户成员 %1，而非户主。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (matched: %2)</source>
        <translation>%1（匹配：%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programmes</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>relief::gui::HouseholdListPage</name>
    <message>
        <location filename="../../src/gui/registry/household_list_page.cpp" line="+40"/>
        <source>New household…</source>
        <translation>新建家庭…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name, ID number or its last digits, household number, address</source>
        <translation>姓名、身份证号或其末几位、户编号、住址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All programmes</source>
        <translation>全部救助项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In care</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>查询(&amp;S)：</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::gui::HouseholdPage</name>
    <message>
        <location filename="../../src/gui/registry/household_page.cpp" line="+96"/>
        <source>← Back to the list</source>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Edit household…</source>
        <translation>编辑家庭…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Moved out or died…</source>
        <translation>迁出或死亡…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>计入家庭人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>所在机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a member (or press Enter) to edit them.</source>
        <translation>双击成员（或按回车键）即可编辑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit member…</source>
        <translation>编辑成员(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;head…</source>
        <translation>设为户主(&amp;H)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+175"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+34"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Monthly</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered as</source>
        <translation>填报金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomes</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obligor</source>
        <translation>义务人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support and disability</source>
        <translation>救助及残疾情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obligors</source>
        <translation>赡养（抚养、扶养）义务人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit &amp;assets…</source>
        <translation>编辑家庭财产(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assets</source>
        <translation>家庭财产</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Person</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly amount</source>
        <translation>月金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll</source>
        <translation>发放名册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll state</source>
        <translation>名册状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For month</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+292"/>
        <source>Held</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Payment</source>
        <translation>发放结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions of the selected case</source>
        <translation>所选案件的决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid each month</source>
        <translation>逐月发放情况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied for</source>
        <translation>申请对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>申请渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click an application (or press Enter) to open it.</source>
        <translation>双击申请（或按回车键）即可打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The household</source>
        <translation>全户</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Household %1 · %2</source>
        <translation>家庭 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community: %1 · Area: %2 · Address: %3</source>
        <translation>社区：%1 · 城乡类别：%2 · 住址：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1 · Bank: %2 · Account: %3 · Holder: %4</source>
        <translation>电话：%1 · 开户银行：%2 · 银行账号：%3 · 户名：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last review: %1</source>
        <translation>上次复核：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data (fictional)</source>
        <translation>演示数据（虚构）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Died on %1</source>
        <translation>%1 死亡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No (%1)</source>
        <translation>否（%1）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Financial assets: %1 yuan</source>
        <translation>金融资产：%1 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homes: %1</source>
        <translation>住房：%1 套</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business capital: %1 yuan</source>
        <translation>经营资本：%1 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicles: none</source>
        <translation>车辆：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle: %1 yuan%2 %3</source>
        <translation>车辆：%1 元%2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (exempt)</source>
        <translation> （豁免）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In care</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>已停保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger import</source>
        <translation>台账导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pending</source>
        <translation>待发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>发放失败</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;b&gt;Re-assessment&lt;/b&gt; on today&apos;s facts and parameters (%1): what the rules would give if the household applied today, not a decision.</source>
        <translation>&lt;b&gt;重新测算&lt;/b&gt;（按今天的家庭情况和政策参数，%1）：即该家庭如于今天申请、按规则应得的结果，并非审批决定。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Paid now: %1 yuan a month (%n case(s) in payment); the re-assessment differs by %2 yuan.</source>
        <translation>
            <numerusform>当前发放：每月 %1 元（发放中的案件 %n 个）；重新测算结果与之相差 %2 元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is paid now.</source>
        <translation>当前没有正在发放的救助。</translation>
    </message>
</context>
<context>
    <name>relief::gui::InstitutionsPage</name>
    <message>
        <location filename="../../src/gui/admin/institutions_page.cpp" line="+94"/>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No longer in use</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New institution</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>16 to 19 digits</source>
        <translation>16 至 19 位数字</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Add institution</source>
        <translation>添加机构(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Institution %1</source>
        <translation>机构 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ending %1; leave empty to keep it</source>
        <translation>尾号 %1；留空则保留原账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role sees the account on file only masked (%1). Leave the field empty to keep it, or type a new full number to replace it.</source>
        <translation>您的角色只能看到已登记账号的脱敏形式（%1）。留空则保留原账号，输入完整的新账号则替换。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The institution %1 was added.</source>
        <translation>已添加机构 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes were saved.</source>
        <translation>更改已保存。</translation>
    </message>
</context>
<context>
    <name>relief::gui::LeaveDialog</name>
    <message>
        <location filename="../../ui/registry/leave_dialog.ui" line="+14"/>
        <source>Record moved out or died</source>
        <translation>登记迁出或死亡</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/registry/leave_dialog.cpp" line="+32"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>relief::gui::LedgerImportDialog</name>
    <message>
        <location filename="../../src/gui/registry/ledger_import_dialog.cpp" line="+80"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Choose a ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly amount</source>
        <translation>月金额</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Active</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停保</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>The database could not be opened for the import: %1</source>
        <translation>无法为导入打开数据库：%1</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Checking: %1 of %2 rows…</source>
        <translation>正在校验：第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing: %1 of %2 rows written (all or nothing)…</source>
        <translation>正在导入：已写入 %1 行，共 %2 行（全部成功才生效）…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the file; nothing is imported yet.</source>
        <translation>正在检查文件，尚未导入任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled. Nothing has been imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled; nothing has been imported. The previewed file can be imported again.</source>
        <translation>导入已取消，未导入任何数据。可以重新导入已预览的文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The import had already been written when it was cancelled.</source>
        <translation>取消时导入已经写入完毕。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 → code %2 (%n row(s))</source>
        <translation>
            <numerusform>%1 → 代码 %2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Communities not on the list:</source>
        <translation>不在社区名单中的社区：</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n error(s) in the file (%1). Nothing can be imported until every row is right; save the error report to fix the rows in Excel.</source>
        <translation>
            <numerusform>文件中有 %n 处错误（%1）。所有行均无误后方可导入；请保存错误报告，在 Excel 中修改出错行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 rows, %2 households (%3). Nothing has been imported yet: check the rows and the report, then import.</source>
        <translation>共 %1 行、%2 户（%3）。尚未导入任何数据：请核查数据行和报告后再导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>已导入：新建 %1 户，更新 %2 户，未变 %3 户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Would create %1 households, update %2, leave %3 unchanged; %4 new people, %5 new cases.</source>
        <translation>将新建 %1 户，更新 %2 户，%3 户保持不变；新增人员 %4 人，新增案件 %5 件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1 households, updated %2, %3 unchanged; %4 new people, %5 new cases.</source>
        <translation>已新建 %1 户，更新 %2 户，%3 户未变；新增人员 %4 人，新增案件 %5 件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts that differ from the rules (for review, not changed):</source>
        <translation>与规则测算结果不一致的金额（供核查，未作调整）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1, household %2, %3, %4: ledger %5, rules %6 (set of %7)</source>
        <translation>第 %1 行，家庭 %2，%3，%4：台账 %5，规则测算 %6（%7 起施行的参数集）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cases on file that the ledger contradicts (left as they are):</source>
        <translation>与台账矛盾的已有案件（保持不变）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1, household %2: %3</source>
        <translation>第 %1 行，家庭 %2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes:</source>
        <translation>变动：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1, household %2, %3: %4</source>
        <translation>第 %1 行，家庭 %2，%3：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1, household %2, %3: %4 → %5</source>
        <translation>第 %1 行，家庭 %2，%3：%4 → %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1-errors.csv</source>
        <translation>%1-错误报告.csv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The error report was saved to %1.</source>
        <translation>错误报告已保存到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error report could not be written to %1.</source>
        <translation>无法将错误报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>relief::gui::LockDialog</name>
    <message>
        <location filename="../../src/gui/shell/lock_dialog.cpp" line="+24"/>
        <source>ReliefDesk is locked</source>
        <translation>社会救助工作台已锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ReliefDesk is locked. %1 (%2) continues by typing the password; someone else can switch user.</source>
        <translation>社会救助工作台已锁定。%1（%2）输入密码即可继续使用；其他人员可切换用户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>relief::gui::LoginDialog</name>
    <message>
        <location filename="../../src/gui/shell/login_dialog.cpp" line="+56"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>relief::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/shell/main_window.cpp" line="+145"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applications</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Home visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments</source>
        <translation>待遇发放</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-kind relief</source>
        <translation>物资发放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ReliefDesk</source>
        <translation>社会救助工作台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ReliefDesk – %1</source>
        <translation>社会救助工作台 – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody is signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in: %1 (%2) · Roles: %3</source>
        <translation>当前用户：%1（%2） · 角色：%3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language is used the next time ReliefDesk starts.</source>
        <translation>新的界面语言将在下次启动社会救助工作台时生效。</translation>
    </message>
</context>
<context>
    <name>relief::gui::MaterialsDialog</name>
    <message>
        <location filename="../../ui/applications/materials_dialog.ui" line="+6"/>
        <source>Check the materials (受理)</source>
        <translation>核对申请材料（受理）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Materials &amp;provided (tick what the applicant brought):</source>
        <translation>已提供的材料(&amp;P)（请勾选申请人带来的材料）：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checked &amp;on:</source>
        <translation>核对日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/materials_dialog.cpp" line="+30"/>
        <source>Application %1 · %2 · %3</source>
        <translation>申请 %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All the materials are there: the application is accepted and its time limits start.</source>
        <translation>材料齐全：予以受理，办理时限开始计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n material(s) missing: the application is returned, and the one-time notice (一次性告知书) lists what to bring.</source>
        <translation>
            <numerusform>缺少 %n 项材料：申请将退回补正，一次性告知书将列明需补齐的材料。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Return for materials</source>
        <translation>退回补正(&amp;R)</translation>
    </message>
</context>
<context>
    <name>relief::gui::MemberDialog</name>
    <message>
        <location filename="../../src/gui/registry/member_dialog.cpp" line="+24"/>
        <location line="+2"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit member %1</source>
        <translation>编辑成员 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>relief::gui::MemberForm</name>
    <message>
        <location filename="../../ui/registry/member_form.ui" line="+39"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Person</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Use existing record</source>
        <translation>使用已有记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Born (no ID number):</source>
        <translation>出生日期(&amp;B)（无身份证号）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+767"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-764"/>
        <source>Only for someone who has no ID number yet, such as a newborn.</source>
        <translation>仅适用于尚无身份证号的人员，如新生儿。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Joined on:</source>
        <translation>加入家庭日期(&amp;J)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date known</source>
        <translation>日期已知</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Health and care</source>
        <translation>健康与照料</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+579"/>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <location line="-569"/>
        <location line="+579"/>
        <source>Grade </source>
        <translation>等级 </translation>
    </message>
    <message>
        <location line="-563"/>
        <source>Certificate number</source>
        <translation>残疾证号</translation>
    </message>
    <message>
        <location line="+350"/>
        <source>Obligors</source>
        <translation>赡养（抚养、扶养）义务人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relatives outside the household who owe the member support by law: children, parents, a spouse.</source>
        <translation>在本户以外、依法对该成员负有赡养、抚养或扶养义务的亲属：子女、父母、配偶。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add obligor</source>
        <translation>添加义务人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove obligor</source>
        <translation>删除义务人</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Selected obligor</source>
        <translation>所选义务人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>son, daughter, …</source>
        <translation>如：儿子、女儿…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Born (no ID number):</source>
        <translation>出生日期（无身份证号）：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Monthly income (yuan):</source>
        <translation>月收入（元）：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Support:</source>
        <translation>享受救助：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Assets within the limits</source>
        <translation>财产符合规定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The obligor&apos;s assets were checked and are within the dibao limits.</source>
        <translation>已核查该义务人的财产，符合低保财产限定条件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <location line="-696"/>
        <location line="+579"/>
        <source>Disability:</source>
        <translation>残疾：</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In school</source>
        <translation>在校</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Health and school:</source>
        <translation>健康和就学：</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Eating</source>
        <translation>进食</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dressing</source>
        <translation>穿衣</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Getting out of bed</source>
        <translation>上下床</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Using the toilet</source>
        <translation>如厕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking indoors</source>
        <translation>室内行走</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bathing</source>
        <translation>洗澡</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cannot do unaided:</source>
        <translation>不能独立完成：</translation>
    </message>
    <message>
        <location filename="../../src/gui/registry/member_form.cpp" line="+104"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/registry/member_form.ui" line="+91"/>
        <source>C&amp;hild status:</source>
        <translation>儿童类别(&amp;H)：</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Counted in the household</source>
        <translation>计入家庭人口</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Counting:</source>
        <translation>人口计算：</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>In&amp;stitution:</source>
        <translation>所在机构(&amp;S)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>For a person supported in a care home or a welfare institution.</source>
        <translation>适用于在供养服务机构或儿童福利机构集中供养（养育）的人员。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Incomes</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each income of the member by kind. A yearly amount is divided by 12 and rounded to the fen.</source>
        <translation>按类型逐项填写该成员的各项收入。按年填写的金额除以 12，四舍五入到分。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered</source>
        <translation>填报方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per month</source>
        <translation>折合月额</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add income</source>
        <translation>添加收入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove income</source>
        <translation>删除收入</translation>
    </message>
    <message>
        <location filename="../../src/gui/registry/member_form.cpp" line="-15"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: lives at home</source>
        <translation>无（居家）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Born %1 · %2 · %3 years old</source>
        <translation>出生日期 %1 · %2 · %3 岁</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — older than %1 years: check the ID number.</source>
        <translation> —— 年龄超过 %1 岁，请核对身份证号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already a member of this household.</source>
        <translation>%1 已是本家庭成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an active member of household %2 (%3). Record there that they moved out before adding them here.</source>
        <translation>%1 目前是家庭 %2（%3）的在册成员。请先在该家庭登记其迁出，再添加到本家庭。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ID number belongs to %1, who is already on file.</source>
        <translation>该身份证号属于已有记录的 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (born %2) is already on file, in no household now.</source>
        <translation>%1（出生日期 %2）已有记录，目前不属于任何家庭。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The existing record could not be read: %1</source>
        <translation>无法读取已登记的记录：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using the existing record of %1.</source>
        <translation>正在使用 %1 的已有记录。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>fully self-caring</source>
        <translation>生活全自理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completely unable to care for themselves</source>
        <translation>完全丧失生活自理能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly unable to care for themselves</source>
        <translation>部分丧失生活自理能力</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) unmet: %1</source>
        <translation>
            <numerusform>%n 项不能完成：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded as a count only (from a ledger); tick the items to record which ones.</source>
        <translation>仅记录了项数（来自台账）；勾选具体项目即可记录是哪几项。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly (divided by 12)</source>
        <translation>按年（除以 12）</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>Write the date as YYYY-MM-DD, for example 2024-05-01.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2024-05-01。</translation>
    </message>
</context>
<context>
    <name>relief::gui::NewApplicationDialog</name>
    <message>
        <location filename="../../ui/applications/new_application_dialog.ui" line="+6"/>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Household:</source>
        <translation>家庭：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Programme:</source>
        <translation>救助项目(&amp;P)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>For &amp;member:</source>
        <translation>申请对象(&amp;M)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Channel:</source>
        <translation>申请渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received &amp;on:</source>
        <translation>申请日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Request came &amp;at:</source>
        <translation>求助时间(&amp;A)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Reason:</source>
        <translation>申请事由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Why the household applies (申请事由)</source>
        <translation>家庭申请救助的原因（申请事由）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close relative of a &amp;staff member (近亲属)</source>
        <translation>申请人系工作人员近亲属(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;lated to:</source>
        <translation>亲属关系(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which staff member, and how related</source>
        <translation>与哪位工作人员存在何种亲属关系</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Temporary assistance</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Months of the &amp;standard:</source>
        <translation>按低保标准计算的月数(&amp;S)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rigid &amp;expense (yuan):</source>
        <translation>刚性支出（元）(&amp;E)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rei&amp;mbursed (yuan):</source>
        <translation>已报销（元）(&amp;M)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Other a&amp;id (yuan):</source>
        <translation>其他救助（元）(&amp;I)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Case by case (一事一议)</source>
        <translation>一事一议</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Materials provided</source>
        <translation>已提供的材料</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick what the applicant brought; the check at acceptance (受理) can complete it.</source>
        <translation>请勾选申请人带来的材料；受理时核对材料环节可再补充。</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/new_application_dialog.cpp" line="+32"/>
        <location line="+55"/>
        <source>Choose a member…</source>
        <translation>请选择成员…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Register application</source>
        <translation>登记申请(&amp;R)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The whole household</source>
        <translation>全户</translation>
    </message>
</context>
<context>
    <name>relief::gui::NoticeListDialog</name>
    <message>
        <location filename="../../ui/applications/notice_list_dialog.ui" line="+6"/>
        <source>Public notice list (公示名单)</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Names are masked; no ID numbers or health details are printed. Applicants related to staff are marked.</source>
        <translation>姓名已脱敏，不打印身份证号和健康信息。工作人员近亲属将予以标注。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/notice_list_dialog.cpp" line="+26"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Related to staff</source>
        <translation>工作人员近亲属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n application(s) on notice</source>
        <translation>
            <numerusform>共 %n 件申请正在公示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public notice list</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>relief::gui::OfficeSettingsPage</name>
    <message>
        <location filename="../../src/gui/admin/office_settings_page.cpp" line="+39"/>
        <source>6 to 12 digits, e.g. 110105</source>
        <translation>6 至 12 位数字，例如 110105</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The street office approves (delegated authority)</source>
        <translation>街道办事处审批（受委托行使审批权）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county approves; the street office records the decision</source>
        <translation>县级民政部门审批，街道办事处录入审批结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code:</source>
        <translation>行政区划代码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle:</source>
        <translation>空闲自动锁定：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval:</source>
        <translation>审批方式：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle lock applies from the next sign-in on every desk; on this desk it applies at once.</source>
        <translation>空闲锁定设置对各工作站自下次登录起生效，对本机立即生效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The office settings have been saved.</source>
        <translation>单位设置已保存。</translation>
    </message>
</context>
<context>
    <name>relief::gui::PayrollPage</name>
    <message>
        <location filename="../../ui/payroll/payroll_page.ui" line="+19"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../src/gui/payroll/payroll_page.cpp" line="+549"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Submit</source>
        <translation>报送(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Change table…</source>
        <translation>增减变动表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Price &amp;indices…</source>
        <translation>价格指数(&amp;I)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reco&amp;veries…</source>
        <translation>追缴(&amp;V)…</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>C&amp;ommunity:</source>
        <translation>社区(&amp;O)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Programme:</source>
        <translation>救助项目(&amp;P)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Kind:</source>
        <translation>发放类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hel&amp;d only</source>
        <translation>仅显示暂停发放(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro&amp;blems only</source>
        <translation>仅显示有问题的明细(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;earch:</source>
        <translation>查询(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Household no. or payee</source>
        <translation>户编号或收款人</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Hold…</source>
        <translation>暂停发放(&amp;H)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Release</source>
        <translation>恢复发放(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pr&amp;int roll…</source>
        <translation>打印花名册(&amp;I)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport roll as PDF…</source>
        <translation>导出花名册为 PDF(&amp;X)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Bank (代发):</source>
        <translation>银行代发：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export ba&amp;nk files…</source>
        <translation>导出代发文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import bank res&amp;ults…</source>
        <translation>导入银行回盘(&amp;U)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed pa&amp;yments…</source>
        <translation>发放失败(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../src/gui/payroll/payroll_page.cpp" line="-83"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Steps</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/payroll_page.cpp" line="-378"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hold… and Release act on the selected line.</source>
        <translation>“暂停发放…”和“恢复发放”作用于所选明细。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 line(s) shown of %2 in the roll</source>
        <translation>显示 %1 条，名册共 %2 条</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>发放类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generated: %1, %2</source>
        <translation>生成：%1，%2</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All programmes</source>
        <translation>全部救助项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Roll %1: &lt;b&gt;%2&lt;/b&gt; — %3 line(s), %4 yuan</source>
        <translation>发放名册 %1：&lt;b&gt;%2&lt;/b&gt;——共 %3 条，%4 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No roll for %1 yet.</source>
        <translation>尚无 %1 发放名册。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing has been generated for this month.</source>
        <translation>本月尚未生成发放名册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconciled: %1</source>
        <translation>对账：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At lock: %1 line(s), %2 yuan</source>
        <translation>锁定时：共 %1 条，%2 元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit head: #%1, hash %2…</source>
        <translation>审计链头：第 %1 号记录，哈希值 %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price subsidies are paid this month.</source>
        <translation>本月发放临时价补。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit head hash: %1</source>
        <translation>审计链头哈希值：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All lines</source>
        <translation>全部明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>%1 line(s)</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Of these held</source>
        <translation>其中暂停发放</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first %1 of %2 problems; &quot;Problems only&quot; lists every line without a valid account.</source>
        <translation>仅显示 %2 个问题中的前 %1 个；勾选“仅显示有问题的明细”可列出所有没有有效银行账号的明细。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a problem to show its line.</source>
        <translation>双击问题即可定位到相应明细。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The roll is being generated.</source>
        <translation>正在生成发放名册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A roll for this month cannot be generated now: the previous month&apos;s roll must be locked first, and no later month may have a roll.</source>
        <translation>现在不能生成本月发放名册：须先锁定上月发放名册，且更晚的月份不能已有发放名册。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+4"/>
        <location line="+18"/>
        <source>There is no roll for this month yet.</source>
        <translation>本月尚无发放名册。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The roll is %1 and can no longer be changed.</source>
        <translation>该发放名册状态为“%1”，不能再修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a draft can be changed or submitted; this roll is %1.</source>
        <translation>只有草稿可以修改或报送；该发放名册状态为“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted roll can be returned; this roll is %1.</source>
        <translation>只有已报送的发放名册可以退回；该发放名册状态为“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a submitted roll can be approved; this roll is %1.</source>
        <translation>只有已报送的发放名册可以审核通过；该发放名册状态为“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You submitted this roll: another supervisor must approve it (four-eyes).</source>
        <translation>该发放名册由您报送，须由另一名审核审批人审核（经办与审批相分离）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) block the approval: correct them and generate the roll again.</source>
        <translation>
            <numerusform>%n 个问题导致无法审核通过：请更正后重新生成发放名册。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This roll cannot be approved now.</source>
        <translation>该发放名册现在不能审核通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an approved roll can be locked; this roll is %1.</source>
        <translation>只有已审核通过的发放名册可以锁定；该发放名册状态为“%1”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Re&amp;generate</source>
        <translation>重新生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare this month&apos;s roll with the previous month&apos;s (PR-8).</source>
        <translation>将本月发放名册与上月对比（PR-8）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The roll is not locked: it prints marked as a draft, not for payment.</source>
        <translation>该发放名册尚未锁定：打印时将标注为草稿，不得据此发放。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment roll by community, with its lock record on every page.</source>
        <translation>按社区排列的发放花名册，每页均印有锁定记录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wait until &quot;%1&quot; has finished.</source>
        <translation>请等待“%1”完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a locked roll goes to the bank; this roll is %1.</source>
        <translation>只有已锁定的花名册才能报送银行；此花名册状态为%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank&apos;s results for this roll have been read: failed payments are paid again by the next roll, not by a new file.</source>
        <translation>此花名册的银行回盘已读取：发放失败的款项将由下期花名册重发，不再另行生成代发文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the files the bank pays this roll from (代发).</source>
        <translation>生成银行据以发放此花名册的代发文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the bank&apos;s result file (回盘): which payments were paid and which failed.</source>
        <translation>读取银行回盘文件：哪些款项发放成功，哪些发放失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payments the bank returned as failed, and whether the next roll pays them again.</source>
        <translation>银行回盘为发放失败的款项，以及下期花名册是否重发。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+172"/>
        <source>Select the line to hold.</source>
        <translation>请选择要暂停发放的明细。</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>The line is held already.</source>
        <translation>该明细此前已暂停发放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+199"/>
        <source>Select a held line to release.</source>
        <translation>请选择要恢复发放的已暂停明细。</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>The line is not held.</source>
        <translation>该明细未暂停发放。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The roll for %1 was submitted for approval.</source>
        <translation>%1 发放名册已报送审核。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The roll for %1 was approved.</source>
        <translation>%1 发放名册已审核通过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The roll for %1 was locked; its totals and the audit head are recorded.</source>
        <translation>%1 发放名册已锁定，其合计及审计链头已记录。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+3"/>
        <source>Generate the roll</source>
        <translation>生成发放名册</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Generating the roll for %1…</source>
        <translation>正在生成 %1 发放名册…</translation>
    </message>
    <message>
        <location line="+340"/>
        <location line="+4"/>
        <source>Export bank files</source>
        <translation>导出代发文件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Writing the bank files for %1…</source>
        <translation>正在生成 %1 的代发文件…</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+5"/>
        <source>Import bank results</source>
        <translation>导入银行回盘</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording the results of %1…</source>
        <translation>正在记录 %1 的回盘结果…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bank&apos;s results are recorded: the roll is reconciled.</source>
        <translation>银行回盘已记录，花名册已对账。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The bank&apos;s results are recorded; %n payment(s) still wait for a result.</source>
        <translation>
            <numerusform>银行回盘已记录；仍有 %n 笔款项待回盘。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The generation was cancelled; the roll is as it was.</source>
        <translation>已取消生成，发放名册保持原样。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The roll for %1 was generated: %2 line(s), %3 yuan.</source>
        <translation>%1 发放名册已生成：共 %2 条，%3 元。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return the roll</source>
        <translation>退回发放名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roll for %1 goes back to the caseworkers as a draft. Say what must be corrected.</source>
        <translation>%1 发放名册将作为草稿退回经办人。请说明需要更正的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The roll for %1 was returned to draft.</source>
        <translation>%1 发放名册已退回为草稿。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hold a line</source>
        <translation>暂停发放明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the payment of %1 yuan to household %2 (%3, %4). It is not paid until released; a hold released after the lock is paid in a later roll.</source>
        <translation>暂停发放家庭 %2（%3，%4）的 %1 元。恢复发放前不予发放；锁定后才恢复发放的，将在以后的发放名册中重发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The line is held.</source>
        <translation>已暂停发放该明细。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The line is released.</source>
        <translation>已恢复发放该明细。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Print the roll</source>
        <translation>打印发放花名册</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Print preview – payment roll %1</source>
        <translation>打印预览 – %1 发放花名册</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+67"/>
        <source>There is no roll for %1.</source>
        <translation>没有 %1 发放名册。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+22"/>
        <location line="+3"/>
        <source>Export roll as PDF</source>
        <translation>将发放花名册导出为 PDF</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the payment roll for %1…</source>
        <translation>正在生成 %1 发放花名册…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PDF was not written (cancelled).</source>
        <translation>未生成 PDF（已取消）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment roll was saved as %1: %2 page(s), %3 line(s), %4 yuan.</source>
        <translation>发放花名册已保存为 %1：共 %2 页，%3 条，%4 元。</translation>
    </message>
</context>
<context>
    <name>relief::gui::PolicyEditorDialog</name>
    <message>
        <location filename="../../src/gui/policy/policy_editor_dialog.cpp" line="+26"/>
        <source>New policy parameter set</source>
        <translation>新建政策参数集</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A stored set is never changed. Enter the figures of the new set and the date it comes into force; months from that date are judged by it.</source>
        <translation>已保存的参数集永不修改。请填写新参数集的各项数值及其生效日期；自该日期起的各月份均按新参数集认定。</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+56"/>
        <source>fen (0.01 yuan)</source>
        <translation>分（0.01 元）</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>jiao (0.10 yuan)</source>
        <translation>角（0.10 元）</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>relief::gui::PolicyPage</name>
    <message>
        <location filename="../../src/gui/policy/policy_page.cpp" line="+41"/>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urban standard</source>
        <translation>城市低保标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural standard</source>
        <translation>农村低保标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New version…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Standard change (提标测算)…</source>
        <translation>提标测算…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-assess every active case with the selected set and propose the raises</source>
        <translation>按所选参数集重新测算全部在保案件，并提出提标方案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+56"/>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>shipped with ReliefDesk</source>
        <translation>系统内置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at set-up</source>
        <translation>初始化时</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In force today: the set of %1 (urban standard %2 yuan, rural %3 yuan).</source>
        <translation>当前施行：自 %1 起施行的参数集（城市低保标准 %2 元，农村低保标准 %3 元）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <source>The parameter set in force from %1 is stored.</source>
        <translation>自 %1 起施行的参数集已保存。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>A new set changes no amount by itself: use “Standard change (提标测算)…” to re-assess the active cases with it.</source>
        <translation>新参数集本身不会改变任何救助金额：请使用“提标测算…”按该参数集重新测算在保案件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Standard change</source>
        <translation>提标测算</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Import policy parameters</source>
        <translation>导入政策参数</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+29"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Export policy parameters</source>
        <translation>导出政策参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>relief::gui::PriceIndexDialog</name>
    <message>
        <location filename="../../ui/payroll/price_index_dialog.ui" line="+6"/>
        <source>Price indices (价格指数)</source>
        <translation>价格指数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The month&apos;s consumer price index (CPI) and food price index, % year on year. A month whose figures reach the thresholds of the parameter set in force on its first day adds price-subsidy lines to its roll (PS-1).</source>
        <translation>当月居民消费价格指数（CPI）和食品价格指数的同比涨幅（%）。某月数据达到该月首日施行的参数集所规定的启动条件时，该月发放名册将加入临时价补明细（PS-1）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter a month&apos;s figures (supervisors)</source>
        <translation>录入某月数据（限审核审批人）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;CPI (% year on year):</source>
        <translation>CPI 同比涨幅(&amp;C)（%）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>3.6</source>
        <translation>3.6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Food (% year on year):</source>
        <translation>食品价格同比涨幅(&amp;F)（%）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>6.5</source>
        <translation>6.5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save the month&apos;s figures</source>
        <translation>保存当月数据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/price_index_dialog.cpp" line="+26"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPI %</source>
        <translation>CPI（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Food %</source>
        <translation>食品（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price subsidy</source>
        <translation>临时价补</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Triggered</source>
        <translation>已触发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not triggered</source>
        <translation>未触发</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The figures of %1 are stored; they trigger price subsidies.</source>
        <translation>%1 的数据已保存，触发临时价补。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures of %1 are stored; they do not trigger price subsidies.</source>
        <translation>%1 的数据已保存，未触发临时价补。</translation>
    </message>
</context>
<context>
    <name>relief::gui::ReasonDialog</name>
    <message>
        <location filename="../../ui/payroll/reason_dialog.ui" line="+30"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>relief::gui::RecoveryDialog</name>
    <message>
        <location filename="../../ui/payroll/recovery_dialog.ui" line="+6"/>
        <source>Recoveries (追缴)</source>
        <translation>追缴</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Money paid for months a case was no longer due (a stop or a decrease recorded after the month was paid) is to be collected back. A recovery becomes real when the roll that found it is locked.</source>
        <translation>救助对象已不再符合条件的月份中已发放的款项（在该月发放之后才登记的停保或减发）应予追缴。发现该款项的发放名册锁定后，追缴方才成立。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include recoveries of draft rolls</source>
        <translation>包括草稿发放名册中的追缴</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Record receipt…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waive…</source>
        <translation>核销…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/recovery_dialog.cpp" line="+40"/>
        <source>Price subsidy</source>
        <translation>临时价补</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>To collect (open or partly)</source>
        <translation>待追缴（未追回或部分追回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Collected</source>
        <translation>已追回</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in</source>
        <translation>发现月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>待追缴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly collected</source>
        <translation>部分追回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waived</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (draft roll)</source>
        <translation>%1（草稿名册）</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n recovery(ies): %1 yuan, %2 yuan collected.</source>
        <translation>
            <numerusform>共 %n 笔追缴：%1 元，已追回 %2 元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The receipt is recorded.</source>
        <translation>收款已登记。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waive the recovery</source>
        <translation>核销追缴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the recovery of %1 yuan (household %2, %3) waived?</source>
        <translation>请说明核销该笔追缴（家庭 %2，%3，%1 元）的原因：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recovery is waived.</source>
        <translation>该追缴已核销。</translation>
    </message>
</context>
<context>
    <name>relief::gui::RecoveryReceiptDialog</name>
    <message>
        <location filename="../../ui/payroll/recovery_receipt_dialog.ui" line="+6"/>
        <source>Record a receipt</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Amount received (yuan):</source>
        <translation>收款金额(&amp;A)（元）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Received on:</source>
        <translation>收款日期(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Receipt &amp;No.:</source>
        <translation>收据编号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/recovery_dialog.cpp" line="-190"/>
        <source>Household %1, %2: %3 yuan to collect for %4 (%5 collected).</source>
        <translation>家庭 %1（%2）：%4 尚待追缴 %3 元（已追回 %5 元）。</translation>
    </message>
</context>
<context>
    <name>relief::gui::RegistryText</name>
    <message>
        <location filename="../../src/gui/registry/registry_text.cpp" line="+23"/>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business income</source>
        <translation>经营净收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property income</source>
        <translation>财产净收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pension</source>
        <translation>离退休金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support from relatives</source>
        <translation>赡养费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran benefits</source>
        <translation>优抚金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family-planning awards</source>
        <translation>计划生育奖励扶助金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards</source>
        <translation>奖励金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance</source>
        <translation>救助金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability subsidy</source>
        <translation>残疾人补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly allowance</source>
        <translation>高龄津贴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orphan in an institution</source>
        <translation>集中养育孤儿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphan at home</source>
        <translation>散居孤儿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child without support</source>
        <translation>事实无人抚养儿童</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clergy</source>
        <translation>宗教教职人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>In prison</source>
        <translation>服刑人员</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>In compulsory rehabilitation</source>
        <translation>强制隔离戒毒人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Missing</source>
        <translation>失踪人员</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+10"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to work</source>
        <translation>丧失劳动能力</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welfare institution</source>
        <translation>儿童福利机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care home</source>
        <translation>供养服务机构</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum living allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-person allowance</source>
        <translation>单人保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme-poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child allowance</source>
        <translation>儿童基本生活费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability living subsidy</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability care subsidy</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal household</source>
        <translation>低保边缘家庭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grant</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increase</source>
        <translation>增发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrease</source>
        <translation>减发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintain</source>
        <translation>维持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard change</source>
        <translation>标准调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradual exit</source>
        <translation>渐退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停保</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In care</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case</source>
        <translation>无案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, grade %2</source>
        <translation>%1%2级</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Write the amount in yuan with at most two decimals, for example 1200 or 1200.50.</source>
        <translation>请以元为单位填写金额，最多保留两位小数，例如 1200 或 1200.50。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>relief::gui::ReserveFundDialog</name>
    <message>
        <location filename="../../ui/applications/reserve_fund_dialog.ui" line="+6"/>
        <source>Reserve fund (备用金)</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Emergency payments made first (先行救助) and temporary assistance approved at street level are paid from the reserve fund; its balance never goes below zero.</source>
        <translation>急难型先行救助和街道审批的临时救助从备用金中支付；备用金余额不得低于零。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top up (supervisors)</source>
        <translation>拨入（限审核审批人）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Source:</source>
        <translation>资金来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the money came from (the allocation’s reference)</source>
        <translation>资金来源（拨款文号）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Top up</source>
        <translation>拨入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/reserve_fund_dialog.cpp" line="+32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>收支类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance after</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Top-up</source>
        <translation>拨入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>支出</translation>
    </message>
</context>
<context>
    <name>relief::gui::ResetPasswordDialog</name>
    <message>
        <location filename="../../src/gui/admin/reset_password_dialog.cpp" line="+25"/>
        <location line="+33"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Set a temporary password for %1 (%2). The lock after wrong passwords is lifted, and the person chooses a new password at the next sign-in.</source>
        <translation>为 %1（%2）设置临时密码。因密码错误造成的锁定将同时解除，本人下次登录时须设置新密码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temporary password:</source>
        <translation>临时密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>relief::gui::ReviewDialog</name>
    <message>
        <location filename="../../ui/applications/review_dialog.ui" line="+6"/>
        <source>Street review (街道审核)</source>
        <translation>街道审核</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reviewed &amp;on:</source>
        <translation>审核日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rules give:</source>
        <translation>规则测算结果：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommendation:</source>
        <translation>审核建议：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommend a&amp;pproval</source>
        <translation>建议批准(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommend re&amp;fusal</source>
        <translation>建议不予批准(&amp;F)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;view opinion:</source>
        <translation>审核意见(&amp;V)：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The caseworker&apos;s opinion, as written on the review form</source>
        <translation>经办人意见，按审核表填写</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Why against the rules:</source>
        <translation>与规则不一致的理由(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/review_dialog.cpp" line="+33"/>
        <source>Application %1 · %2 · %3</source>
        <translation>申请 %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n home visit(s) count for the review (RV-2).</source>
        <translation>
            <numerusform>有 %n 次入户调查可作为审核依据（RV-2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visit recorded so far counts for the review: it needs a home visit by two staff who saw the applicant in person, signed by the family and the staff (RV-2).</source>
        <translation>目前登记的走访调查均不能作为审核依据：须有一次由两名工作人员入户并见到申请人本人、家庭成员和工作人员均已签字的入户调查（RV-2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No department check (部门信息核对) is recorded: check with the departments where that is available before the review (§7).</source>
        <translation>尚未登记部门信息核对结果：审核前，请向可提供核对的部门进行核对（§7）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n department check(s) recorded.</source>
        <translation>
            <numerusform>已登记 %n 项部门信息核对结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Record review</source>
        <translation>登记审核(&amp;R)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 once</source>
        <translation>一次性 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a month from %2</source>
        <translation>自 %2 起每月 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing for this application as recorded</source>
        <translation>按现有登记情况无救助金额</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rules grant an amount: say why the office recommends refusal</source>
        <translation>规则测算有救助金额：请说明建议不予批准的理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules give nothing: say why the office recommends approval</source>
        <translation>规则测算无救助金额：请说明建议批准的理由</translation>
    </message>
</context>
<context>
    <name>relief::gui::RollLineModel</name>
    <message>
        <location filename="../../src/gui/payroll/roll_line_model.cpp" line="+77"/>
        <location line="+33"/>
        <source>Held: %1</source>
        <translation>暂停发放：%1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No valid payee account: the roll cannot be approved until it is corrected on the household (or institution).</source>
        <translation>没有有效的收款账号：须在家庭（或机构）档案中更正后，发放名册方可审核通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid to the institution that cares for the person.</source>
        <translation>拨付至供养该人员的机构。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source>Held</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 (institution)</source>
        <translation>%1（机构）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No account</source>
        <translation>无账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (invalid)</source>
        <translation>%1（无效）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head / person</source>
        <translation>户主 / 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>发放类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For month</source>
        <translation>所属月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
</context>
<context>
    <name>relief::gui::SetupWizard</name>
    <message>
        <location filename="../../src/gui/shell/setup_wizard.cpp" line="+38"/>
        <source>ReliefDesk: first-time setup</source>
        <translation>社会救助工作台：首次设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome to ReliefDesk</source>
        <translation>欢迎使用社会救助工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is new. Set up the office and its first administrator.</source>
        <translation>这是一个新数据库。请设置单位信息，并创建第一个系统管理员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReliefDesk keeps the social-assistance cases of one street office. The administrator you create next manages the staff accounts, the holiday calendar and the office settings. Other staff get their own accounts afterwards.</source>
        <translation>社会救助工作台用于管理一个街道办事处的社会救助案件。接下来创建的系统管理员负责管理工作人员账户、节假日日历和单位设置。其他工作人员随后再分别开设账户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s name appears on the sign-in screen and on printed documents.</source>
        <translation>单位名称将显示在登录界面和打印的文书上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Social Assistance Office, Heping Street</source>
        <translation>例如：和平街道社会救助办公室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code:</source>
        <translation>行政区划代码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 to 12 digits, e.g. 110105 (optional)</source>
        <translation>6 至 12 位数字，例如 110105（选填）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first account holds every role. Keep its password safe.</source>
        <translation>第一个账户拥有全部角色，请妥善保管其密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used to sign in, e.g. admin</source>
        <translation>用于登录，例如 admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shown on screen and in the audit log</source>
        <translation>显示在界面和审计日志中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create office</source>
        <translation>创建单位</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter the office&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>relief::gui::StandardChangeDialog</name>
    <message>
        <location filename="../../ui/payroll/standard_change_dialog.ui" line="+6"/>
        <source>Standard change (提标)</source>
        <translation>提标</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new parameter set never changes an amount by itself: every active case is re-assessed with its facts at its last decision and the new parameters. A case whose amount would rise gets a standard-change decision once a supervisor who did not propose the batch approves it; a case that would get less or nothing keeps its amount and is flagged for review.</source>
        <translation>新参数集本身不会改变任何救助金额：每个在保案件均按其最近一次决定时的家庭情况和新参数重新测算。金额将提高的案件，须经本批次发起人以外的审核审批人审批通过后，方作出提标决定；金额将降低或不再符合条件的案件，保持原金额，并标记待复核。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/gui/payroll/standard_change_dialog.cpp" line="+157"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Totals by programme</source>
        <translation>按救助项目合计</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../src/gui/payroll/standard_change_dialog.cpp" line="+241"/>
        <source>Re-assess again</source>
        <translation>重新测算</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/gui/payroll/standard_change_dialog.cpp" line="-370"/>
        <source>Raise</source>
        <translation>提标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep, review</source>
        <translation>维持，待复核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep</source>
        <translation>维持</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Old amount</source>
        <translation>原金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New amount</source>
        <translation>新金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Difference a month</source>
        <translation>月差额</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Outcome</source>
        <translation>测算结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Raised</source>
        <translation>提标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>维持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged for review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old amounts a month</source>
        <translation>原月金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No standard change has been proposed for this set yet.</source>
        <translation>尚未按该参数集发起提标。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Re-assessing the active cases; nothing is decided yet.</source>
        <translation>正在重新测算在保案件，尚未作出任何决定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard change</source>
        <translation>提标</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recording the standard-change decisions…</source>
        <translation>正在记录提标决定…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve the standard change</source>
        <translation>审批通过提标</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Approved: %n standard-change decision(s) recorded.</source>
        <translation>
            <numerusform>已审批通过：记录了 %n 项提标决定。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the standard change</source>
        <translation>作废提标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this batch discarded?</source>
        <translation>请说明作废该批次的原因：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposed by %1; waiting for a supervisor&apos;s approval.</source>
        <translation>由 %1 发起，等待审核审批人审批。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposed by %1, approved by %2.</source>
        <translation>由 %1 发起，已由 %2 审批通过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposed by %1, discarded by %2.</source>
        <translation>由 %1 发起，已由 %2 作废。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter set in force from %1: %2 case(s) re-assessed — %3 raised, %4 kept, %5 flagged for review. Budget difference a month: %6 yuan.</source>
        <translation>自 %1 起施行的参数集：重新测算 %2 个案件——提标 %3 个，维持 %4 个，待复核 %5 个。每月资金差额：%6 元。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Re-assess</source>
        <translation>开始测算</translation>
    </message>
</context>
<context>
    <name>relief::gui::StepDialog</name>
    <message>
        <location filename="../../ui/applications/step_dialog.ui" line="+6"/>
        <source>Application step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../src/gui/applications/step_dialog.cpp" line="+124"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/step_dialog.cpp" line="-56"/>
        <source>Start the investigation</source>
        <translation>启动调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application %1 was accepted on %2. The investigation (home visits, checks with other departments) starts on:</source>
        <translation>申请 %1 已于 %2 受理。调查核实（入户调查、部门信息核对）开始日期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application %1: the investigation starts on:</source>
        <translation>申请 %1：调查核实开始日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start investigation</source>
        <translation>启动调查(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the public notice</source>
        <translation>开始公示</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Application %1 is put on the public notice (公示) of its community. The notice runs %n day(s) from its first day; the application goes for approval from the day after it ends.</source>
        <translation>
            <numerusform>申请 %1 在所属社区进行公示。公示期自首日起共 %n 天；公示期满次日起报送审批。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First day:</source>
        <translation>公示首日(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start notice</source>
        <translation>开始公示(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An objection raised during the notice sends application %1 back to investigation; the street review must then be done again.</source>
        <translation>公示期间提出异议的，申请 %1 将退回调查核实阶段，须重新进行街道审核。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Objection:</source>
        <translation>异议内容(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who raised it, and what it says</source>
        <translation>提出人及异议内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record objection</source>
        <translation>登记异议(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send for approval</source>
        <translation>报送审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice of application %1 started on %2. The application goes to a supervisor for approval on:</source>
        <translation>申请 %1 已于 %2 开始公示。报送审核审批人审批的日期：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application %1 goes to a supervisor for approval on:</source>
        <translation>申请 %1 报送审核审批人审批的日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send for approval</source>
        <translation>报送审批(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve the application</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve application %1 (%2). The street review proposed no amount.</source>
        <translation>批准申请 %1（%2）。街道审核未提出救助金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve application %1 (%2). The street review proposed %3 once.</source>
        <translation>批准申请 %1（%2）。街道审核提出一次性救助 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve application %1 (%2). The street review proposed %3 a month.</source>
        <translation>批准申请 %1（%2）。街道审核提出每月救助 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is computed again with the rules in force for the month after the approval date.</source>
        <translation>救助金额将按审批日期次月施行的规则重新计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse the application</source>
        <translation>不予批准申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse application %1. The reasons are printed on the refusal notice (不予批准告知书) the applicant receives.</source>
        <translation>对申请 %1 作出不予批准决定。理由将打印在送达申请人的不予批准告知书上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refuse</source>
        <translation>不予批准(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application %1 is withdrawn at the applicant&apos;s request.</source>
        <translation>申请 %1 应申请人要求撤回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refusal notice handed over</source>
        <translation>不予批准告知书送达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal notice of application %1 was handed to the applicant on:</source>
        <translation>申请 %1 的不予批准告知书送达申请人的日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extend the time limit</source>
        <translation>延长办理时限</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A recorded extension gives application %1 %n working day(s) in all.</source>
        <translation>
            <numerusform>经登记延期后，申请 %1 的办理时限共计 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Extend</source>
        <translation>延期(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay first (先行救助)</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount the rules give application %1 is paid at once from the reserve fund; the later approval does not pay it again.</source>
        <translation>按规则测算的申请 %1 救助金额将立即从备用金中支付；日后批准时不再重复发放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pay</source>
        <translation>支付(&amp;P)</translation>
    </message>
</context>
<context>
    <name>relief::gui::UnavailablePage</name>
    <message>
        <location filename="../../src/gui/shell/unavailable_page.cpp" line="+22"/>
        <source>This area is not available yet; it arrives in a later release.</source>
        <translation>该功能尚未开放，将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>relief::gui::UsersPage</name>
    <message>
        <location filename="../../src/gui/admin/users_page.cpp" line="+43"/>
        <source>Add account…</source>
        <translation>新增账户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change roles…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked after wrong passwords</source>
        <translation>因密码错误已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enable account</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Disable the account %1 (%2)? The person can no longer sign in; the account and its history are kept, and it can be enabled again.</source>
        <translation>确定停用账户 %1（%2）吗？停用后本人将无法登录；账户及其历史记录仍会保留，之后可重新启用。</translation>
    </message>
</context>
<context>
    <name>relief::gui::VisitDialog</name>
    <message>
        <location filename="../../ui/applications/visit_dialog.ui" line="+6"/>
        <source>Record a visit</source>
        <translation>登记走访调查</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Visited &amp;on:</source>
        <translation>调查日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Staff:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Applicant s&amp;een in person (入户见人)</source>
        <translation>已入户见到申请人本人（入户见人）(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by the &amp;family</source>
        <translation>家庭成员已签字(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by the s&amp;taff</source>
        <translation>工作人员已签字(&amp;T)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Living conditions:</source>
        <translation>居住生活状况(&amp;L)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Health:</source>
        <translation>健康状况(&amp;H)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Ability to work:</source>
        <translation>劳动能力(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other fin&amp;dings:</source>
        <translation>其他情况(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/applications/visit_dialog.cpp" line="+31"/>
        <source>Application %1 · %2 · %3</source>
        <translation>申请 %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra home visit before approval: the applicant is related to staff, so a supervisor goes.</source>
        <translation>审批前补充入户调查：申请人系工作人员近亲属，须由审核审批人入户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A visit of the investigation (入户调查).</source>
        <translation>调查核实阶段的走访（入户调查）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the supervisor&apos;s home visit</source>
        <translation>登记审核审批人入户调查</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – supervisor</source>
        <translation>%1 – 审核审批人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Record visit</source>
        <translation>登记调查(&amp;R)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>it is not a home visit</source>
        <translation>不是入户调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer than two staff</source>
        <translation>工作人员少于两人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the applicant was not seen</source>
        <translation>未见到申请人本人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signatures are missing</source>
        <translation>缺少签字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This visit counts for the street review (RV-2).</source>
        <translation>本次调查可作为街道审核依据（RV-2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded, but it does not count for the street review: %1 (RV-2).</source>
        <translation>已登记，但本次调查不能作为街道审核依据：%1（RV-2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
