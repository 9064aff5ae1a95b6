#pragma once

// ArithmeticOverflow: a Money or Rational result outside the exact range. The
// rules work on bounded inputs (policy parameters have ceilings, amounts in files
// at most Money::kMaxFen), so this is a backstop against a wrapped figure, never
// the way ordinary bad input is reported: the domain's Result-returning entry
// points (assess) catch it and return an InvalidInput error naming the figure's
// field, and nothing above the domain sees it.

#include <stdexcept>
#include <string>

namespace relief {

class ArithmeticOverflow : public std::overflow_error
{
public:
    explicit ArithmeticOverflow(std::string field = {})
        : std::overflow_error("arithmetic overflow")
        , m_field(std::move(field))
    { }
    // The input field whose figures overflowed ("members[2].incomes"); empty
    // until a rule that knows it adds it.
    const std::string &field() const { return m_field; }

private:
    std::string m_field;
};

} // namespace relief
