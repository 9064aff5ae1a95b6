#include "assess.h"

namespace relief {

Result<Assessment> assess(const AssessRequest &request, const PolicyParameters *policyInForce,
                          Lang lang)
{
    const PolicyParameters *policy = request.policy ? &*request.policy : policyInForce;
    if (!policy)
        return Error {
            ErrorCode::NotFound,
            std::string(tr(lang, "评估日期 ", "no policy parameter set is in force on ")) +
                request.asOf.toString() + std::string(tr(lang, " 没有生效的政策参数", "")),
            "as_of"};
    try {
        return assessHousehold(request, *policy);
    } catch (const ArithmeticOverflow &e) {
        // Bounded parameters make this unreachable with any real household; a
        // hostile one (thousands of maximal incomes) gets an error, never a
        // wrapped amount.
        return Error::invalid(e.field(),
                              std::string(tr(lang, "金额过大，无法精确计算（任何金额不能超过 ",
                                             "the amounts are too large to compute exactly (no "
                                             "figure may exceed ")) +
                                  Money::fromFen(Money::kMaxFen).toString() +
                                  std::string(tr(lang, " 元）", " yuan)")));
    }
}

Result<std::string> assessJson(std::string_view input, const PolicyParameters *policyInForce,
                               Lang lang)
{
    auto request = parseAssessInput(input, lang);
    if (!request)
        return request.error();
    auto assessment = assess(*request, policyInForce, lang);
    if (!assessment)
        return assessment.error();
    return assessmentToJson(*assessment, lang);
}

} // namespace relief
