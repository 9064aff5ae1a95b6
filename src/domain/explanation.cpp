#include "explanation.h"

#include <array>
#include <string_view>
#include <utility>

namespace relief {

namespace {

struct Sentence
{
    ReasonCode code;
    std::string_view zh;
    std::string_view en;
};

// Member-level sentences start with {0} = the member's name.
constexpr Sentence kSentences[] = {
    {ReasonCode::AssetsOk, "家庭财产状况符合规定", "household assets are within the limits"},
    {ReasonCode::AssetFinancial, "金融资产 {0} 元超过上限 {1} 元",
     "financial assets {0} exceed the limit {1}"},
    {ReasonCode::AssetHomes, "住房 {0} 套超过上限 {1} 套", "{0} homes exceed the limit of {1}"},
    {ReasonCode::AssetVehicle, "非豁免机动车价值 {0} 元超过上限 {1} 元",
     "a non-exempt vehicle worth {0} exceeds the limit {1}"},
    {ReasonCode::AssetBusiness, "注册资本 {0} 元超过上限 {1} 元",
     "business capital {0} exceeds the limit {1}"},
    {ReasonCode::DibaoNoMembers, "没有需计入低保家庭的成员",
     "no member is left in the dibao household"},
    {ReasonCode::DibaoAssets, "家庭财产不符合规定，不能纳入低保",
     "assets exceed the limits, so the household cannot receive dibao"},
    {ReasonCode::DibaoIncomeBelow, "家庭人均收入 {0} 元低于低保标准 {1} 元",
     "per-capita income {0} is below the dibao standard {1}"},
    {ReasonCode::DibaoIncomeNotBelow, "家庭人均收入 {0} 元不低于低保标准 {1} 元",
     "per-capita income {0} is not below the dibao standard {1}"},
    {ReasonCode::DibaoBase, "保障金基数：max({1} × {0} − {2}, {3} × {0}) = {4} 元",
     "base: max({1} × {0} − {2}, {3} × {0}) = {4}"},
    {ReasonCode::DibaoAddon, "{0}：分类施保（{1}）{2} 元", "{0}: add-on ({1}) {2}"},
    {ReasonCode::DibaoMonthly, "低保月保障金 {0} 元", "dibao monthly amount {0}"},
    {ReasonCode::SingleCovered, "{0}：收入 {1} 元低于低保标准，单人纳入低保，月保障金 {2} 元",
     "{0}: income {1} is below the standard; covered alone, monthly {2}"},
    {ReasonCode::SingleNone, "家庭收入高于低保标准，无符合单人保条件的成员",
     "income is above the standard and no member qualifies for individual inclusion"},
    {ReasonCode::Marginal, "家庭收入介于低保标准与 {0} 倍之间，属低保边缘家庭",
     "income is between the standard and {0} times it: marginal household"},
    {ReasonCode::Classification, "认定结果：{0}", "classification: {0}"},
    {ReasonCode::TekunEligible, "{0}：符合特困人员认定条件", "{0}: eligible for tekun support"},
    {ReasonCode::TekunFailed, "{0}：{1}，不符合特困人员认定条件",
     "{0}: {1}, so not eligible for tekun support"},
    {ReasonCode::TekunObligorListed,
     "{0}：赡养、抚养、扶养义务人（{1}，{2}岁）有履行义务的能力，不符合特困人员认定条件",
     "{0}: the obligor listed ({1}, aged {2}) is able to support them, so not eligible for "
     "tekun support"},
    {ReasonCode::TekunObligorInHousehold,
     "{0}：共同生活的{1}（{2}）有赡养、抚养、扶养能力，不符合特困人员认定条件",
     "{0}: {1} ({2}), living in the household, is able to support them, so not eligible for "
     "tekun support"},
    {ReasonCode::TekunAmount, "{0}：基本生活费 {1} 元 + 照料护理费 {2} 元（{3}）= {4} 元",
     "{0}: basic living {1} + care {2} ({3}) = {4}"},
    {ReasonCode::ChildAllowance, "{0}：{1}，基本生活费每月 {2} 元", "{0}: {1}, {2} a month"},
    {ReasonCode::DisabilityLiving, "{0}：困难残疾人生活补贴 {1} 元",
     "{0}: disability living subsidy {1}"},
    {ReasonCode::DisabilityCare, "{0}：重度残疾人护理补贴 {1} 元",
     "{0}: severe disability care subsidy {1}"},
    {ReasonCode::PriceTriggered,
     "价格指数 {0}% 达到启动条件，每人 {1} 元，{2} 人，共 {3} 元（临时价补）",
     "price index {0}% triggers the subsidy: {1} per person, {2} persons, {3} in all"},
    {ReasonCode::PriceNotTriggered, "CPI {0}%、食品价格 {1}% 均未达到启动条件",
     "neither CPI {0}% nor food prices {1}% reach the trigger"},
    {ReasonCode::TemporaryEligible, "临时救助金额 {0} 元", "temporary assistance {0}"},
    {ReasonCode::TemporaryNotEligible, "不符合临时救助条件：{0}",
     "not eligible for temporary assistance: {0}"},
    {ReasonCode::TemporaryLevel, "审批层级：{0}", "approval level: {0}"},
    {ReasonCode::ReviewInterval, "每 {0} 个月复核一次", "re-verified every {0} months"},
    {ReasonCode::ReviewNone, "无需定期复核", "no periodic re-verification"},
    {ReasonCode::AdjustMaintain, "保障金维持 {0} 元", "amount maintained at {0}"},
    {ReasonCode::AdjustIncrease, "保障金由 {0} 元增加为 {1} 元",
     "amount increased from {0} to {1}"},
    {ReasonCode::AdjustDecrease, "保障金由 {0} 元减少为 {1} 元",
     "amount decreased from {0} to {1}"},
    {ReasonCode::AdjustStop, "不再符合条件，自 {0} 起停发", "no longer eligible; stopped from {0}"},
    {ReasonCode::AdjustGradualExit, "因就业增收渐退：{0} 至 {1} 继续发放 {2} 元，之后停发",
     "gradual exit after higher earnings: {2} paid from {0} to {1}, then stopped"},
    {ReasonCode::AdjustStandardChange, "提标：保障金由 {0} 元调整为 {1} 元",
     "standard change: amount raised from {0} to {1}"},
    {ReasonCode::AdjustStandardKeep, "提标后测算 {1} 元不高于现额 {0} 元，维持原额并提示复核",
     "re-assessed at {1}, not above {0}: amount kept and flagged for review"},
    {ReasonCode::FirstMonth, "自 {0} 起执行（下月起）", "takes effect from {0} (the next month)"},
};

struct Term
{
    std::string_view key;
    std::string_view zh;
    std::string_view en;
};

constexpr Term kTerms[] = {
    {"severe_disability", "重度残疾", "severe disability"},
    {"disability", "残疾", "disability"},
    {"serious_illness", "重病", "serious illness"},
    {"age80", "80周岁以上", "aged 80 or over"},
    {"elderly", "60周岁以上老年人", "aged 60 to 79"},
    {"minor", "未成年人", "minor"},
    {"dibao", "低保家庭", "dibao household"},
    {"single_person", "单人保", "individual inclusion"},
    {"marginal", "低保边缘家庭", "marginal household"},
    {"none", "不符合低保条件", "not eligible for dibao"},
    {"TK-2", "本人收入不低于低保标准", "own income is not below the dibao standard"},
    {"TK-3", "家庭财产超过规定", "household assets are over the limits"},
    {"TK-4", "有具备赡养、抚养、扶养能力的义务人", "an obligor is able to support them"},
    {"rel_head", "户主", "the head"},
    {"rel_spouse", "户主的配偶", "the head's spouse"},
    {"rel_child", "户主的子女", "the head's child"},
    {"rel_parent", "户主的父母", "the head's parent"},
    {"rel_grandchild", "户主的孙子女", "the head's grandchild"},
    {"rel_grandparent", "户主的祖父母", "the head's grandparent"},
    {"rel_sibling", "户主的兄弟姐妹", "the head's sibling"},
    {"rel_other", "其他共同生活成员", "another member"},
    {"relation_unknown", "关系未注明", "relation not given"},
    {"child_status", "已享受孤儿或事实无人抚养儿童基本生活保障",
     "receives the child allowance instead"},
    {"full", "全自理", "fully self-caring"},
    {"partial", "部分丧失生活自理能力", "partly unable to care for self"},
    {"total", "完全丧失生活自理能力", "wholly unable to care for self"},
    {"orphan_institutional", "集中养育孤儿", "orphan in an institution"},
    {"orphan_home", "散居孤儿", "orphan living at home"},
    {"unsupported", "事实无人抚养儿童", "child without de facto support"},
    {"street", "街道审批", "street office"},
    {"county", "县级审批", "county"},
    {"special", "一事一议", "case-by-case (special)"},
    {"no_members", "无计入人口", "no counted members"},
    {"no_months", "未申请救助月数", "no months requested"},
    {"assets", "家庭财产超过规定", "assets over the limits"},
    {"income", "家庭人均收入不低于上年人均可支配收入",
     "income not below the disposable-income line"},
    {"no_expense", "无未报销的刚性支出", "no uncovered expense"},
};

} // namespace

std::string renderTerm(const std::string &key, Lang lang)
{
    for (const Term &t : kTerms)
        if (t.key == key)
            return std::string(tr(lang, t.zh, t.en));
    return key;
}

std::string literalFigure(std::string_view text)
{
    return !text.empty() && text.front() == '@' ? "@" + std::string(text) : std::string(text);
}

Outcome Explanation::outcome() const
{
    switch (code) {
    case ReasonCode::AssetsOk:
    case ReasonCode::DibaoIncomeBelow:
    case ReasonCode::SingleCovered:
    case ReasonCode::Marginal:
    case ReasonCode::TekunEligible:
        return Outcome::Met;
    case ReasonCode::AssetFinancial:
    case ReasonCode::AssetHomes:
    case ReasonCode::AssetVehicle:
    case ReasonCode::AssetBusiness:
    case ReasonCode::DibaoNoMembers:
    case ReasonCode::DibaoAssets:
    case ReasonCode::DibaoIncomeNotBelow:
    case ReasonCode::SingleNone:
    case ReasonCode::TekunFailed:
    case ReasonCode::TekunObligorListed:
    case ReasonCode::TekunObligorInHousehold:
    case ReasonCode::PriceNotTriggered:
    case ReasonCode::TemporaryNotEligible:
    case ReasonCode::AdjustStop:
        return Outcome::NotMet;
    case ReasonCode::DibaoBase:
    case ReasonCode::DibaoAddon:
    case ReasonCode::DibaoMonthly:
    case ReasonCode::TekunAmount:
    case ReasonCode::ChildAllowance:
    case ReasonCode::DisabilityLiving:
    case ReasonCode::DisabilityCare:
    case ReasonCode::PriceTriggered:
    case ReasonCode::TemporaryEligible:
    case ReasonCode::AdjustMaintain:
    case ReasonCode::AdjustIncrease:
    case ReasonCode::AdjustDecrease:
    case ReasonCode::AdjustGradualExit:
    case ReasonCode::AdjustStandardChange:
    case ReasonCode::AdjustStandardKeep:
        return Outcome::Amount;
    case ReasonCode::Classification:
    case ReasonCode::TemporaryLevel:
    case ReasonCode::ReviewInterval:
    case ReasonCode::ReviewNone:
    case ReasonCode::FirstMonth:
        return Outcome::Info;
    }
    return Outcome::Info;
}

std::string Explanation::render(Lang lang) const
{
    std::string_view pattern;
    for (const Sentence &s : kSentences)
        if (s.code == code)
            pattern = tr(lang, s.zh, s.en);
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
            const auto n = static_cast<size_t>(pattern[i + 1] - '0');
            if (n < figures.size()) {
                const std::string &f = figures[n];
                if (f.rfind("@@", 0) == 0)
                    out += f.substr(1); // literalFigure: text that starts with '@'
                else
                    out += !f.empty() && f.front() == '@' ? renderTerm(f.substr(1), lang) : f;
            }
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

} // namespace relief
