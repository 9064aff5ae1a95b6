// Every worked sample of data-formats §2 run through the domain's assess and
// compared field by field with its expected output (reasons are free text).

#include "domain/domain_test_support.h"
#include "domain/rules/assess.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

using namespace relief;
using namespace relief::test;
using nlohmann::json;

namespace {

const char *const kCases[] = {
    "01-dibao-family",  "02-elderly-tekun",       "03-obligor-able",
    "04-single-person", "05-assets-fail",         "06-unsupported-child",
    "07-price-subsidy", "08-temporary-emergency", "09-temporary-expenditure",
    "10-rural-floor",   "11-not-counted",         "12-earlier-standard",
};

// Compares two JSON values recursively, naming the path of every difference, and
// requires the same set of keys (a field absent vs null matters).
void compare(const json &expected, const json &actual, const std::string &path)
{
    if (path == "reasons") {
        ASSERT_TRUE(actual.is_array()) << path;
        for (const auto &r : actual) {
            EXPECT_TRUE(r.contains("rule") && r["rule"].is_string()) << path;
            EXPECT_TRUE(r.contains("text") && r["text"].is_string()) << path;
        }
        return;
    }
    ASSERT_EQ(expected.type_name(), std::string(actual.type_name())) << "type at " << path;
    if (expected.is_object()) {
        std::set<std::string> keys;
        for (auto it = expected.begin(); it != expected.end(); ++it)
            keys.insert(it.key());
        for (auto it = actual.begin(); it != actual.end(); ++it)
            EXPECT_TRUE(keys.count(it.key())) << "unexpected field " << path << "." << it.key();
        for (const auto &k : keys) {
            ASSERT_TRUE(actual.contains(k)) << "missing field " << path << "." << k;
            compare(expected[k], actual[k], path.empty() ? k : path + "." + k);
        }
    } else if (expected.is_array()) {
        ASSERT_EQ(expected.size(), actual.size()) << "array length at " << path;
        for (size_t i = 0; i < expected.size(); ++i)
            compare(expected[i], actual[i], path + "[" + std::to_string(i) + "]");
    } else {
        EXPECT_EQ(expected, actual) << "at " << path;
    }
}

class AssessSample : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(AssessSample, MatchesExpectedFieldByField)
{
    const std::string name = GetParam();
    const std::string input = readRepoFile("tests/data/assess/" + name + ".input.json");
    const json expected = json::parse(readRepoFile("tests/data/assess/" + name + ".expected.json"));
    for (Lang lang : {Lang::Zh, Lang::En}) {
        auto out = assessJson(input, nullptr, lang);
        ASSERT_TRUE(out.ok()) << out.error().field << ": " << out.error().message;
        const json actual = json::parse(*out);
        compare(expected, actual, "");
        EXPECT_FALSE(actual["reasons"].empty());
    }
}

TEST_P(AssessSample, UsesCallersPolicyWhenInputHasNone)
{
    const std::string name = GetParam();
    json input = json::parse(readRepoFile("tests/data/assess/" + name + ".input.json"));
    const json expected = json::parse(readRepoFile("tests/data/assess/" + name + ".expected.json"));
    const std::string file = expected["policy_effective_from"] == "2025-01-01"
        ? "policy-2025-01.json"
        : "policy-2025-07.json";
    input.erase("policy");
    const PolicyParameters p = policy(file);
    auto request = parseAssessInput(input.dump());
    ASSERT_TRUE(request.ok());
    EXPECT_FALSE(request->policy.has_value());
    EXPECT_EQ(request->asOf.toString(), expected["as_of"]);
    auto out = assessJson(input.dump(), &p, Lang::Zh);
    ASSERT_TRUE(out.ok());
    compare(expected, json::parse(*out), "");
}

INSTANTIATE_TEST_SUITE_P(Samples, AssessSample, ::testing::ValuesIn(kCases), [](const auto &info) {
    std::string n = info.param;
    for (char &c : n)
        if (c == '-')
            c = '_';
    return "case_" + n;
});

TEST(AssessSampleErrors, BadIdNumberNamesTheField)
{
    const std::string input = readRepoFile("tests/data/assess/13-bad-id-number.input.json");
    const std::string expected =
        readRepoFile("tests/data/assess/13-bad-id-number.expected-error.txt");
    // "exit 2: members[0].id_number: check character is wrong: 110105194912310021"
    const auto afterExit = expected.substr(expected.find(": ") + 2);
    const std::string field = afterExit.substr(0, afterExit.find(": "));
    for (Lang lang : {Lang::Zh, Lang::En}) {
        auto out = assessJson(input, nullptr, lang);
        ASSERT_FALSE(out.ok());
        EXPECT_EQ(out.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(out.error().field, field);
        EXPECT_NE(out.error().message.find("110105194912310021"), std::string::npos);
    }
    auto en = assessJson(input, nullptr, Lang::En);
    EXPECT_EQ(en.error().field + ": " + en.error().message + "\n",
              afterExit.substr(0, afterExit.find_last_not_of("\n") + 1) + "\n");
}

TEST(AssessSampleErrors, NoPolicyAnywhereIsNotFound)
{
    json input = json::parse(readRepoFile("tests/data/assess/01-dibao-family.input.json"));
    input.erase("policy");
    auto out = assessJson(input.dump(), nullptr, Lang::En);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, ErrorCode::NotFound);
}
