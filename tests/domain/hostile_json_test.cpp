// Issue 10, defect 1: JSON from a user that is nested 50,000 levels deep, or that
// carries a 50 MB string, must give a short error naming the path — never a
// crash and never the whole value echoed back. Every parser of user JSON in the
// domain is tried: assess input, its inline policy, a policy file and the
// holiday calendar.

#include "domain/bank_account.h"
#include "domain/domain_test_support.h"
#include "domain/holiday_calendar.h"
#include "domain/id_number.h"
#include "domain/json_document.h"
#include "domain/rules/assess.h"
#include "domain/rules/policy_parameters.h"
#include "domain/text_preview.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::test;

namespace {

constexpr size_t kShort = 300; // bytes: a message a person can read

// "[[[ … 1 … ]]]" built as text: building it with nlohmann would itself recurse.
std::string nestedArrays(size_t depth)
{
    return std::string(depth, '[') + "1" + std::string(depth, ']');
}

std::string nestedObjects(size_t depth)
{
    std::string out;
    for (size_t i = 0; i < depth; ++i)
        out += "{\"k\":";
    out += "1";
    out += std::string(depth, '}');
    return out;
}

std::string sampleInput()
{
    return readRepoFile("tests/data/assess/01-dibao-family.input.json");
}

// The sample input with the value of a top-level field replaced by raw text.
std::string inputWith(const std::string &key, const std::string &rawValue)
{
    auto doc = nlohmann::json::parse(sampleInput());
    doc[key] = "@hole@";
    std::string text = doc.dump();
    const std::string hole = "\"@hole@\"";
    return text.replace(text.find(hole), hole.size(), rawValue);
}

} // namespace

TEST(HostileJson, DeepNestingInAssessInputIsAShortErrorNamingThePath)
{
    for (const std::string &deep : {nestedArrays(50'000), nestedObjects(50'000)}) {
        auto r = parseAssessInput("{\"as_of\":" + deep + "}", Lang::En);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(r.error().field.rfind("as_of", 0), 0u) << r.error().field;
        EXPECT_NE(r.error().message.find("64"), std::string::npos) << r.error().message;
        EXPECT_LT(r.error().message.size() + r.error().field.size(), kShort);
    }
    // The whole document nested: the path is the root's chain of arrays.
    auto r = parseAssessInput(nestedArrays(100'000), Lang::Zh);
    ASSERT_FALSE(r.ok());
    EXPECT_LT(r.error().message.size() + r.error().field.size(), kShort);
}

TEST(HostileJson, NestingInsideMembersNamesTheMembersPath)
{
    const std::string doc = R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a",)"
                            R"("birth_date":"1960-01-01","incomes":)" +
        nestedArrays(70) + "}]}";
    auto r = parseAssessInput(doc, Lang::En);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field.rfind("members[0].incomes[0]", 0), 0u) << r.error().field;
}

TEST(HostileJson, NestingWithinTheCapIsAccepted)
{
    // An unknown field is ignored however it is shaped, as long as it fits the cap
    // (the root object is level 1).
    auto ok = parseAssessInput(inputWith("note", nestedArrays(kMaxJsonDepth - 1)), Lang::En);
    EXPECT_TRUE(ok.ok()) << ok.error().field << ": " << ok.error().message;
    auto deep = parseAssessInput(inputWith("note", nestedArrays(kMaxJsonDepth)), Lang::En);
    ASSERT_FALSE(deep.ok());
    EXPECT_EQ(deep.error().field.rfind("note", 0), 0u) << deep.error().field;
}

TEST(HostileJson, DeepNestingInAPolicyIsAShortError)
{
    // As a file (policy import) and inline in an assess input.
    auto file =
        PolicyParameters::fromJson("{\"dibao_standard\":" + nestedObjects(60'000) + "}", Lang::En);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().field.rfind("dibao_standard.k", 0), 0u) << file.error().field;
    EXPECT_LT(file.error().message.size() + file.error().field.size(), kShort);

    auto inline_ = parseAssessInput(inputWith("policy", nestedArrays(60'000)), Lang::En);
    ASSERT_FALSE(inline_.ok());
    EXPECT_EQ(inline_.error().field.rfind("policy", 0), 0u) << inline_.error().field;
    EXPECT_LT(inline_.error().message.size() + inline_.error().field.size(), kShort);
}

TEST(HostileJson, DeepNestingInAHolidayCalendarIsAShortError)
{
    auto cal = HolidayCalendar::fromJson("{\"holidays\":" + nestedArrays(50'000) + "}");
    ASSERT_FALSE(cal.ok());
    EXPECT_EQ(cal.error().field.rfind("holidays[0]", 0), 0u) << cal.error().field;
    EXPECT_LT(cal.error().message.size() + cal.error().field.size(), kShort);
}

TEST(HostileJson, AHugeStringIsNeverEchoedWhole)
{
    // 50 MB once; the other places get 1 MB (nlohmann reads strings at ~50 MB/s).
    auto r =
        parseAssessInput(inputWith("as_of", "\"" + std::string(50u << 20, '9') + "\""), Lang::En);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "as_of");
    EXPECT_LT(r.error().message.size(), kShort);

    const std::string quotedHuge = "\"" + std::string(1u << 20, '9') + "\"";
    for (const char *key : {"area", "members"}) {
        SCOPED_TRACE(key);
        auto e = parseAssessInput(inputWith(key, quotedHuge), Lang::En);
        ASSERT_FALSE(e.ok());
        EXPECT_EQ(e.error().field, key);
        EXPECT_LT(e.error().message.size(), kShort);
    }
    // Inside a member: the ID number, a name-less member's birth date, an amount.
    auto id = parseAssessInput(R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a",)"
                               R"("id_number":)" +
                                   quotedHuge + "}]}",
                               Lang::Zh);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().field, "members[0].id_number");
    EXPECT_LT(id.error().message.size(), kShort);
    auto amount = parseAssessInput(
        R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a","birth_date":"1960-01-01",)"
        R"("incomes":[{"kind":"wage","monthly":)" +
            quotedHuge + "}]}]}",
        Lang::En);
    ASSERT_FALSE(amount.ok());
    EXPECT_EQ(amount.error().field, "members[0].incomes[0].monthly");
    EXPECT_LT(amount.error().message.size(), kShort);

    auto policy = PolicyParameters::fromJson("{\"effective_from\":" + quotedHuge + "}", Lang::En);
    ASSERT_FALSE(policy.ok());
    EXPECT_LT(policy.error().message.size(), kShort);
    auto cal = HolidayCalendar::fromJson("{\"holidays\":[" + quotedHuge + "]}");
    ASSERT_FALSE(cal.ok());
    EXPECT_LT(cal.error().message.size(), kShort);
}

TEST(HostileJson, ALargeArrayValueIsShownAsAShortPreview)
{
    // A money field given a 100,000-element array: the message shows its start.
    std::string array = "[";
    for (int i = 0; i < 100'000; ++i)
        array += (i ? ",\"" : "\"") + std::to_string(i) + "\"";
    array += "]";
    auto r = parseAssessInput(
        R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a","birth_date":"1960-01-01",)"
        R"("incomes":[{"kind":"wage","monthly":)" +
            array + "}]}]}",
        Lang::En);
    ASSERT_FALSE(r.ok());
    EXPECT_LT(r.error().message.size(), kShort);
    EXPECT_NE(r.error().message.find("[\"0\",\"1\""), std::string::npos) << r.error().message;
}

TEST(HostileJson, ParsersOfOneValueKeepTheirMessagesShort)
{
    const std::string huge(1u << 20, '1');
    auto id = IdNumber::parse(huge, Lang::En);
    ASSERT_FALSE(id.ok());
    EXPECT_LT(id.error().message.size(), kShort);
    auto card = BankAccount::parse(huge, Lang::En);
    ASSERT_FALSE(card.ok());
    EXPECT_LT(card.error().message.size(), kShort);
    auto letters = BankAccount::parse(std::string(1u << 20, 'a'), Lang::Zh);
    ASSERT_FALSE(letters.ok());
    EXPECT_LT(letters.error().message.size(), kShort);
}

TEST(HostileJson, PreviewCutsAtACharacterBoundary)
{
    std::string chinese;
    for (int i = 0; i < 200; ++i)
        chinese += "王";
    const std::string p = textPreview(chinese, Lang::En);
    EXPECT_LT(p.size(), 3u * 81 + 40);
    // Still valid UTF-8: nlohmann refuses to dump a string cut inside a character.
    EXPECT_NO_THROW(nlohmann::json(p).dump());
    EXPECT_EQ(textPreview("short", Lang::En), "short");
    EXPECT_EQ(jsonPreview(nlohmann::json::parse(R"({"a":[1,2]})")), R"({"a":[1,2]})");
}

TEST(HostileJson, InvalidJsonSaysWhere)
{
    auto r = parseJsonDocument("{\"a\": [1, 2,, 3]}", Lang::En);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "");
    EXPECT_NE(r.error().message.find("13"), std::string::npos) << r.error().message;
    auto ok = parseJsonDocument(R"({"a":[1,{"b":null}]})", Lang::En);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ((*ok)["a"][1]["b"], nullptr);
}
