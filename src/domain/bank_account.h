#pragma once

// A bank card number for payments: 16–19 digits passing the Luhn check (§9).

#include "lang.h"
#include "result.h"

#include <string>
#include <string_view>

namespace relief {

class BankAccount
{
public:
    // The error's field is empty: callers know the path and set it.
    static Result<BankAccount> parse(std::string_view text, Lang lang = Lang::Zh);
    // Luhn (mod 10) over a string of ASCII digits.
    static bool luhnValid(std::string_view digits);
    // The check digit that makes `body` + it pass luhnValid; `body` is ASCII digits
    // (what test data and demo data append to a made-up number).
    static char luhnCheckDigit(std::string_view body);

    const std::string &text() const { return m_text; }
    // Last four digits only: "***************0123".
    std::string masked() const;

    friend bool operator==(const BankAccount &a, const BankAccount &b)
    {
        return a.m_text == b.m_text;
    }

private:
    BankAccount() = default;
    std::string m_text;
};

} // namespace relief
