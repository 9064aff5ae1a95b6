#include "registry_validator.h"

#include "services/policy/policy_service.h"
#include "services/service_base.h"

#include "domain/bank_account.h"
#include "domain/id_number.h"
#include "domain/registry/identity_checks.h"

namespace relief::services {

namespace {
Error invalid(const std::string &prefix, const char *field, const QString &message)
{
    return Error::invalid(prefix + field, toStd(message));
}

int textLength(const std::string &s)
{
    return static_cast<int>(QString::fromStdString(s).size());
}

bool blank(const std::string &s)
{
    return QString::fromStdString(s).trimmed().isEmpty();
}

// The text check the ledger import runs too (defect 11): no NUL or other control
// characters.
Status plainText(const std::string &field, const std::string &value)
{
    if (checkRegistryText(value, currentLang()).ok())
        return okStatus();
    return Error::invalid(field,
                          toStd(RegistryValidator::tr("Remove the control character (such as "
                                                      "NUL, a tab or a line break) from this "
                                                      "field.")));
}
} // namespace

Money RegistryValidator::monthlyOf(const IncomeInput &income)
{
    if (income.entered == IncomeEntry::Monthly)
        return income.amount;
    return Money::fromFen((income.amount.fen() + 6) / 12);
}

Status RegistryValidator::phone(const std::string &phone, const std::string &field)
{
    if (phone.empty())
        return okStatus();
    int digits = 0;
    bool ok = phone.size() <= 20;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')')
            ok = false;
    }
    if (!ok || digits < 7)
        return Error::invalid(field,
                              toStd(tr("The phone number may hold only digits, spaces, "
                                       "'-', '+' and brackets, with 7 to 20 digits.")));
    return okStatus();
}

Status RegistryValidator::bankAccount(const std::string &account, const std::string &bankName,
                                      const std::string &holder, const std::string &prefix)
{
    if (account.empty())
        return okStatus();
    if (auto parsed = BankAccount::parse(account, currentLang()); !parsed.ok())
        return invalid(prefix, "bank_account",
                       tr("The bank account is not valid: %1")
                           .arg(QString::fromStdString(parsed.error().message)));
    if (blank(bankName))
        return invalid(prefix, "bank_name", tr("Enter the bank of the account."));
    if (blank(holder))
        return invalid(prefix, "account_holder", tr("Enter the account holder's name."));
    if (auto s = plainText(prefix + "bank_name", bankName); !s.ok())
        return s;
    return plainText(prefix + "account_holder", holder);
}

Status RegistryValidator::community(const CommunityInput &input)
{
    bool codeOk = !input.code.empty() && input.code.size() <= 8;
    for (char c : input.code)
        codeOk =
            codeOk && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    if (!codeOk)
        return Error::invalid("code",
                              toStd(tr("The community code is 1 to 8 letters or digits; "
                                       "it starts every household number.")));
    if (blank(input.name) || textLength(input.name) > 40)
        return Error::invalid("name",
                              toStd(tr("Enter the community's name (at most 40 characters).")));
    return plainText("name", input.name);
}

Status RegistryValidator::institution(const InstitutionInput &input)
{
    if (blank(input.name) || textLength(input.name) > 60)
        return Error::invalid("name",
                              toStd(tr("Enter the institution's name (at most 60 characters).")));
    if (auto s = plainText("name", input.name); !s.ok())
        return s;
    if (auto s = phone(input.phone, "phone"); !s.ok())
        return s;
    return bankAccount(input.bankAccount, input.bankName, input.accountHolder, "");
}

Status RegistryValidator::household(const HouseholdInput &input, const Date &today)
{
    if (input.communityId <= 0)
        return Error::invalid("community", toStd(tr("Choose the household's community.")));
    if (blank(input.address) || textLength(input.address) > 120)
        return Error::invalid("address",
                              toStd(tr("Enter the household's address (at most 120 characters).")));
    if (auto s = plainText("address", input.address); !s.ok())
        return s;
    if (auto s = phone(input.phone, "phone"); !s.ok())
        return s;
    if (auto s = bankAccount(input.bankAccount, input.bankName, input.accountHolder, ""); !s.ok())
        return s;
    if (input.lastReviewDate && *input.lastReviewDate > today)
        return Error::invalid("last_review_date",
                              toStd(tr("The last review date cannot be in the future.")));
    return okStatus();
}

Status RegistryValidator::assets(const AssetsInput &input, const std::string &prefix)
{
    if (input.financial.isNegative())
        return invalid(prefix, "financial", tr("Financial assets cannot be negative."));
    if (input.homes < 0 || input.homes > 99)
        return invalid(prefix, "homes", tr("The number of homes runs from 0 to 99."));
    if (input.businessCapital.isNegative())
        return invalid(prefix, "business_capital", tr("Business capital cannot be negative."));
    for (size_t k = 0; k < input.vehicles.size(); ++k)
        if (input.vehicles[k].value.isNegative())
            return Error::invalid(prefix + "vehicles[" + std::to_string(k) + "].value",
                                  toStd(tr("A vehicle's value cannot be negative.")));
    return okStatus();
}

Result<CheckedPerson> RegistryValidator::person(const PersonInput &input, const std::string &prefix,
                                                const Date &today)
{
    CheckedPerson out;
    if (blank(input.name) || textLength(input.name) > 40)
        return invalid(prefix, "name", tr("Enter the person's name (at most 40 characters)."));
    if (auto s = plainText(prefix + "name", input.name); !s.ok())
        return s.error();
    if (!input.idNumber.empty()) {
        // The ledger's check too (defect 11): region code, birth date not in the future.
        auto id = checkPersonIdNumber(input.idNumber, today, currentLang());
        if (!id.ok())
            return invalid(prefix, "id_number",
                           tr("The ID number is not valid: %1")
                               .arg(QString::fromStdString(id.error().message)));
        out.idNumber = id->text();
        out.birthDate = id->birthDate();
        out.sex = id->sex();
        if (input.birthDate && *input.birthDate != out.birthDate)
            return invalid(prefix, "birth_date",
                           tr("The birth date does not agree with the ID number (%1).")
                               .arg(QString::fromStdString(out.birthDate.toString())));
        if (input.sex && *input.sex != out.sex)
            return invalid(prefix, "sex", tr("The sex does not agree with the ID number."));
    } else {
        if (!input.birthDate)
            return invalid(prefix, "birth_date",
                           tr("Enter the birth date, or the ID number that gives it."));
        if (!input.sex)
            return invalid(prefix, "sex", tr("Choose the sex, or enter the ID number."));
        out.birthDate = *input.birthDate;
        out.sex = *input.sex;
    }
    if (out.birthDate > today)
        return invalid(prefix, input.idNumber.empty() ? "birth_date" : "id_number",
                       tr("The birth date %1 is in the future.")
                           .arg(QString::fromStdString(out.birthDate.toString())));
    if (auto s = phone(input.phone, prefix + "phone"); !s.ok())
        return s.error();
    if (input.disability && (input.disability->grade < 1 || input.disability->grade > 4))
        return invalid(prefix, "disability.grade",
                       tr("The disability grade runs from 1 (most severe) to 4."));
    if (input.selfCareItems) {
        if (*input.selfCareItems < 0 || *input.selfCareItems > 63)
            return invalid(prefix, "self_care_items",
                           tr("Self-care is six daily-living items, each done or not."));
        out.selfCareUnmet = selfCareUnmetCount(*input.selfCareItems);
    } else {
        if (input.selfCareUnmet < 0 || input.selfCareUnmet > 6)
            return invalid(prefix, "self_care_unmet",
                           tr("The number of daily-living items not done runs from 0 to 6."));
        out.selfCareUnmet = input.selfCareUnmet;
    }
    return out;
}

Status RegistryValidator::incomes(const std::vector<IncomeInput> &incomes,
                                  const std::string &prefix)
{
    for (size_t j = 0; j < incomes.size(); ++j) {
        const std::string path = prefix + "incomes[" + std::to_string(j) + "].";
        if (incomes[j].amount.isNegative())
            return Error::invalid(path + "amount",
                                  toStd(tr("An income amount cannot be negative.")));
    }
    return okStatus();
}

Result<std::vector<Date>> RegistryValidator::obligors(const std::vector<ObligorInput> &obligors,
                                                      const std::string &prefix, const Date &today)
{
    std::vector<Date> births;
    for (size_t j = 0; j < obligors.size(); ++j) {
        const ObligorInput &o = obligors[j];
        const std::string path = prefix + "obligors[" + std::to_string(j) + "].";
        std::optional<Date> birth = o.birthDate;
        if (!o.idNumber.empty()) {
            auto id = checkPersonIdNumber(o.idNumber, today, currentLang());
            if (!id.ok())
                return Error::invalid(path + "id_number",
                                      toStd(tr("The ID number is not valid: %1")
                                                .arg(QString::fromStdString(id.error().message))));
            if (birth && *birth != id->birthDate())
                return Error::invalid(
                    path + "birth_date",
                    toStd(tr("The birth date does not agree with the ID "
                             "number (%1).")
                              .arg(QString::fromStdString(id->birthDate().toString()))));
            birth = id->birthDate();
        }
        if (!birth)
            return Error::invalid(path + "birth_date",
                                  toStd(tr("Enter the obligor's birth date or ID number (the "
                                           "rules need their age).")));
        if (*birth > today)
            return Error::invalid(path + "birth_date",
                                  toStd(tr("The birth date %1 is in the future.")
                                            .arg(QString::fromStdString(birth->toString()))));
        if (o.disability && (o.disability->grade < 1 || o.disability->grade > 4))
            return Error::invalid(path + "disability.grade",
                                  toStd(tr("The disability grade runs from 1 (most severe) "
                                           "to 4.")));
        if (o.incomeMonthly.isNegative())
            return Error::invalid(path + "income_monthly",
                                  toStd(tr("An income amount cannot be negative.")));
        if (auto s = phone(o.phone, path + "phone"); !s.ok())
            return s.error();
        births.push_back(*birth);
    }
    return births;
}

Result<CheckedPerson> RegistryValidator::member(const MemberInput &input, const std::string &prefix,
                                                const Date &today)
{
    auto person = RegistryValidator::person(input.person, prefix, today);
    if (!person.ok())
        return person;
    if (!input.counted && !input.notCountedReason)
        return invalid(prefix, "not_counted_reason",
                       tr("Choose why the member is not counted (policy-rules §3)."));
    if (input.joinedOn && *input.joinedOn > today)
        return invalid(prefix, "joined_on", tr("The date joined cannot be in the future."));
    if (auto s = incomes(input.incomes, prefix); !s.ok())
        return s.error();
    if (auto s = obligors(input.obligors, prefix, today); !s.ok())
        return s.error();
    return person;
}

} // namespace relief::services
