#pragma once

// Resident identity number (GB 11643-1999, policy-rules §9): 18 characters,
// 6-digit region, birth date YYYYMMDD, 3-digit sequence (17th odd = male) and a
// check character. Lowercase 'x' is accepted and stored as 'X'.

#include "date.h"
#include "lang.h"
#include "result.h"

#include <string>
#include <string_view>

namespace relief {

enum class Sex {
    Female,
    Male,
};

class IdNumber
{
public:
    // The error's field is empty: callers know the path and set it.
    static Result<IdNumber> parse(std::string_view text, Lang lang = Lang::Zh);
    // The check character for the first 17 digits ("10X98765432"[Σ dᵢwᵢ mod 11]).
    // first17 must be 17 ASCII digits.
    static char checkCharacter(std::string_view first17);

    const std::string &text() const { return m_text; }
    Date birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }
    // "110105********002X"
    std::string masked() const;

    friend bool operator==(const IdNumber &a, const IdNumber &b) { return a.m_text == b.m_text; }

private:
    IdNumber() = default;
    std::string m_text;
    Date m_birthDate;
    Sex m_sex = Sex::Female;
};

} // namespace relief
