#pragma once

// Field-level checks of registry input. Every error names its field with the
// caller's path prefix ("members[1]." + "id_number") and says what to do.

#include "registry_types.h"

#include "domain/result.h"

#include <QCoreApplication>

#include <string>

namespace relief::services {

// A person's identity after the checks: the normalised ID number, and the
// birth date and sex from it (or as entered when there is none).
struct CheckedPerson
{
    std::optional<std::string> idNumber;
    Date birthDate;
    Sex sex = Sex::Female;
    int selfCareUnmet = 0;
};

class RegistryValidator
{
    Q_DECLARE_TR_FUNCTIONS(RegistryValidator)
public:
    static Status community(const CommunityInput &input);
    static Status institution(const InstitutionInput &input);
    static Status household(const HouseholdInput &input, const Date &today);
    static Status assets(const AssetsInput &input, const std::string &prefix);
    static Result<CheckedPerson> person(const PersonInput &input, const std::string &prefix,
                                        const Date &today);
    static Status incomes(const std::vector<IncomeInput> &incomes, const std::string &prefix);
    static Result<std::vector<Date>> obligors(const std::vector<ObligorInput> &obligors,
                                              const std::string &prefix, const Date &today);
    // The person, counting, dates, incomes and obligors of one member.
    static Result<CheckedPerson> member(const MemberInput &input, const std::string &prefix,
                                        const Date &today);
    static Status phone(const std::string &phone, const std::string &field);
    static Status bankAccount(const std::string &account, const std::string &bankName,
                              const std::string &holder, const std::string &prefix);
    // A yearly income divided by 12, half-up to the fen.
    static Money monthlyOf(const IncomeInput &income);
};

} // namespace relief::services
