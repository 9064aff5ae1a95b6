#pragma once

// Re-verification visits (复核走访, data-formats §7, policy-rules RV-2) and the year's
// coverage figure: what makes a visit count, how a paper form's staff line splits
// into names, and the coverage percentage with one decimal, rounded half up.

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class VisitMethod { Home, Neighbour, Letter, DataCheck };
inline constexpr std::array<std::string_view, 4> kVisitMethodKeys = {"home", "neighbour", "letter",
                                                                     "data_check"};
inline constexpr std::array<std::string_view, 4> kVisitMethodNames = {"入户调查", "邻里访问",
                                                                      "信函索证", "信息核对"};
enum class VisitPurpose { Review, Application, FollowUp };
inline constexpr std::array<std::string_view, 3> kVisitPurposeKeys = {"review", "application",
                                                                      "follow_up"};
inline constexpr std::array<std::string_view, 3> kVisitPurposeNames = {"复核", "申请调查", "回访"};

struct VisitFacts
{
    VisitMethod method = VisitMethod::Home;
    int staff = 0; // names given
    bool seenInPerson = false;
    bool staffSigned = false;
    bool familySigned = false;
};

// RV-2: a home visit (入户调查) by two or more staff, the beneficiary seen in person,
// signed by the staff and by the family.
bool visitQualifies(const VisitFacts &v);

// "张三、李四；王五" → {"张三", "李四", "王五"}: split at 、 ; ； (and , ，), each name
// trimmed, empty pieces dropped, the same name twice kept once (two names are two
// people: one person written twice is not a second visitor).
std::vector<std::string> splitStaffNames(std::string_view text);

// covered / population × 100 with one decimal, half up ("100.0", "98.5"); a year with
// nobody to re-verify is "100.0" (nothing is missing).
std::string coveragePercent(long long covered, long long population);

} // namespace relief
