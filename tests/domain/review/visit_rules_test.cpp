// RV-2 and the coverage figure (issue 13, data-formats §7): what makes a visit count,
// the staff line of a paper form, the percentage with one decimal rounded half up.

#include "domain/review/visit_rules.h"

#include <gtest/gtest.h>

namespace relief {
namespace {

TEST(VisitRules, OnlyAHomeVisitByTwoSeenAndSignedCounts)
{
    const VisitFacts ok {VisitMethod::Home, 2, true, true, true};
    EXPECT_TRUE(visitQualifies(ok));
    auto with = [&](auto change) {
        VisitFacts v = ok;
        change(v);
        return visitQualifies(v);
    };
    EXPECT_FALSE(with([](VisitFacts &v) { v.staff = 1; }));
    EXPECT_FALSE(with([](VisitFacts &v) { v.seenInPerson = false; }));
    EXPECT_FALSE(with([](VisitFacts &v) { v.staffSigned = false; }));
    EXPECT_FALSE(with([](VisitFacts &v) { v.familySigned = false; }));
    EXPECT_FALSE(with([](VisitFacts &v) { v.method = VisitMethod::Neighbour; }));
    EXPECT_FALSE(with([](VisitFacts &v) { v.method = VisitMethod::DataCheck; }));
    EXPECT_TRUE(with([](VisitFacts &v) { v.staff = 5; }));
}

TEST(VisitRules, StaffNamesSplitAtChineseAndAsciiSeparators)
{
    EXPECT_EQ(splitStaffNames("张三、李四；王五"),
              (std::vector<std::string> {"张三", "李四", "王五"}));
    EXPECT_EQ(splitStaffNames(" 张三 ; 李四,王五，赵六 "),
              (std::vector<std::string> {"张三", "李四", "王五", "赵六"}));
    EXPECT_EQ(splitStaffNames("张三、张三"), (std::vector<std::string> {"张三"}));
    EXPECT_EQ(splitStaffNames("、；"), std::vector<std::string> {});
    EXPECT_EQ(splitStaffNames(""), std::vector<std::string> {});
    EXPECT_EQ(splitStaffNames("社区　王主任、李四"),
              (std::vector<std::string> {"社区　王主任", "李四"}));
}

TEST(VisitRules, CoveragePercentHasOneDecimalRoundedHalfUp)
{
    EXPECT_EQ(coveragePercent(314, 314), "100.0");
    EXPECT_EQ(coveragePercent(308, 314), "98.1"); // 98.089…
    EXPECT_EQ(coveragePercent(1, 8), "12.5");
    EXPECT_EQ(coveragePercent(1, 16), "6.3"); // 6.25 → 6.3 (half up)
    EXPECT_EQ(coveragePercent(1, 3), "33.3");
    EXPECT_EQ(coveragePercent(2, 3), "66.7");
    EXPECT_EQ(coveragePercent(0, 5), "0.0");
    EXPECT_EQ(coveragePercent(0, 0), "100.0");
    EXPECT_EQ(coveragePercent(99999, 100000), "100.0"); // 99.999 rounds up
    EXPECT_EQ(coveragePercent(99949, 100000), "99.9");
}

} // namespace
} // namespace relief
