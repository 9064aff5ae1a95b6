#pragma once

// The one validator of a person's ID number and of registry text, used alike by
// the household form (services/registry/registry_validator) and the ledger import
// (services/ledger) — issue 10, defect 11.

#include "domain/date.h"
#include "domain/id_number.h"
#include "domain/lang.h"
#include "domain/result.h"

#include <optional>
#include <string_view>

namespace relief {

// IdNumber::parse (18 characters, an existing birth date, the check character),
// then: a region code that names a province (not 000000, not 00xxxx), and, when
// `today` is given, a birth date not after it. Messages in lang, without the
// number (the caller names the field); the error's field is empty.
Result<IdNumber> checkPersonIdNumber(std::string_view text, const std::optional<Date> &today,
                                     Lang lang);

// Text of a registry field (a name, an address, a community, a bank, a holder, a
// household number): no NUL and no other control character — C0 (U+0000–U+001F,
// tab and line breaks included), DEL and C1 (U+0080–U+009F). The text is UTF-8.
Status checkRegistryText(std::string_view text, Lang lang);

} // namespace relief
