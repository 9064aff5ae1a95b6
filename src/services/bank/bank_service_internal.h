#pragma once

// What the two halves of BankService share (bank_service.cpp: templates and the
// export; bank_reconcile.cpp: bank results and failed payments). Internal to
// services/bank: not for other callers.

#include "services/bank/bank_service.h"

#include "domain/lang.h"
#include "domain/payroll/payroll_types.h"
#include "storage/payroll/payroll_repository.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace relief::storage {
class BankRepository;
}

namespace relief::services::bank_detail {

Lang currentLang();
QString q(const std::string &s);
std::optional<payroll::LineProgramme> programmeOf(std::string_view key);
// A saved template's JSON was validated when saved; a later program may read it
// differently, so a stored one that no longer parses is reported, not used.
Result<BankTemplateView> resolveTemplate(storage::BankRepository &repo, const std::string &id);
// M's roll when it is locked or reconciled; NotFound (no roll) or Conflict with
// `notLocked` (%1 the month, %2 the state) otherwise; both name the field "month".
Result<storage::RollRecord> lockedRoll(storage::PayrollRepository &payroll, const YearMonth &month,
                                       const QString &notLocked);

} // namespace relief::services::bank_detail
