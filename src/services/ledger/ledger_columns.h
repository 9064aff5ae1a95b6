#pragma once

// The columns of the ledger CSV (data-formats §3), shared by its reader and writer.

#include <array>
#include <cstddef>
#include <string_view>

namespace relief::services::ledger {

// The ledger columns in the order of data-formats §3, which is also the export order.
enum class Col {
    HouseholdNo,
    Relation,
    Name,
    IdNumber,
    Phone,
    Address,
    Community,
    Area,
    DisabilityKind,
    DisabilityGrade,
    SeriousIllness,
    InSchool,
    SelfCareUnmet,
    WageIncome, // the eight income columns, in IncomeKind order from Wage
    BusinessIncome,
    PropertyIncome,
    PensionIncome,
    SupportIncome,
    OtherIncome,
    BasicPensionIncome,
    VeteranIncome,
    Programme,
    Status,
    StartMonth,
    MonthlyAmount,
    BankName,
    BankAccount,
    AccountHolder,
    LastReviewDate,
};
constexpr std::size_t kColumnCount = static_cast<std::size_t>(Col::LastReviewDate) + 1;
constexpr std::size_t kIncomeColumns = 8;

constexpr std::size_t idx(Col c)
{
    return static_cast<std::size_t>(c);
}

struct ColumnName
{
    std::string_view key;
    std::string_view zh;
};

constexpr std::array<ColumnName, kColumnCount> kColumns = {{
    {"household_no", "户编号"},
    {"relation", "与户主关系"},
    {"name", "姓名"},
    {"id_number", "身份证号"},
    {"phone", "联系电话"},
    {"address", "家庭住址"},
    {"community", "所属社区"},
    {"area", "城乡类别"},
    {"disability_kind", "残疾类别"},
    {"disability_grade", "残疾等级"},
    {"serious_illness", "重病"},
    {"in_school", "在校"},
    {"self_care_unmet", "自理能力"},
    {"wage_income", "工资性收入"},
    {"business_income", "经营净收入"},
    {"property_income", "财产净收入"},
    {"pension_income", "离退休金"},
    {"support_income", "赡养费"},
    {"other_income", "其他收入"},
    {"basic_pension_income", "基础养老金"},
    {"veteran_income", "优抚金"},
    {"programme", "救助类别"},
    {"status", "状态"},
    {"start_month", "起始年月"},
    {"monthly_amount", "月保障金额"},
    {"bank_name", "开户银行"},
    {"bank_account", "银行账号"},
    {"account_holder", "户名"},
    {"last_review_date", "上次复核日期"},
}};

// LedgerProgramme's keys, in enum order.
inline constexpr std::array<std::string_view, 8> kProgrammeKeys = {
    "none",        "dibao",       "tekun",   "single_person", "orphan_institutional",
    "orphan_home", "unsupported", "marginal"};

} // namespace relief::services::ledger
