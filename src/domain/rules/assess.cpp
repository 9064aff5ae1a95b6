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
    return assessHousehold(request, *policy);
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
