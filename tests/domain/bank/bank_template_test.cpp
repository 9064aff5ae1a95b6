#include "domain/bank/bank_layout.h"
#include "domain/bank/bank_template.h"

#include <gtest/gtest.h>

#include <string>

using namespace relief;
using namespace relief::bank;

namespace {

std::string minimal(const std::string &extra,
                    const std::string &details = R"([{"source":"amount"}])")
{
    return R"({"id":"t1","name":"T","format":"csv","encoding":"UTF-8","max_rows":10,"details":)" +
        details + extra + "}";
}

Error parseError(const std::string &json)
{
    auto t = templateFromJson(json, Lang::En);
    EXPECT_FALSE(t.ok()) << json;
    return t.ok() ? Error {} : t.error();
}

} // namespace

TEST(BankTemplate, ShippedTemplatesAreTheThreeOfDataFormats)
{
    const auto &list = shippedTemplates();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].id, "generic-csv");
    EXPECT_EQ(list[0].name, "通用 CSV");
    EXPECT_EQ(list[0].format, FileFormat::Csv);
    EXPECT_EQ(list[0].encoding, Encoding::Utf8Bom);
    EXPECT_EQ(list[0].lineEnding, LineEnding::Crlf);
    ASSERT_EQ(list[0].details.size(), 6u);
    EXPECT_EQ(list[0].details[2].source, Source::Account);
    EXPECT_EQ(list[0].details[2].title, "银行账号");
    EXPECT_EQ(list[1].id, "xlsx-daifa");
    EXPECT_EQ(list[1].format, FileFormat::Xlsx);
    EXPECT_FALSE(list[1].titleRow.empty());
    EXPECT_EQ(list[2].id, "pipe-gb18030");
    EXPECT_EQ(list[2].format, FileFormat::Delimited);
    EXPECT_EQ(list[2].separator, '|');
    EXPECT_EQ(list[2].encoding, Encoding::Gb18030);
    ASSERT_EQ(list[2].details.size(), 5u);
    EXPECT_EQ(list[2].details[2].source, Source::Amount);
    EXPECT_TRUE(isShippedTemplateId("pipe-gb18030"));
    EXPECT_FALSE(isShippedTemplateId("pipe"));
}

TEST(BankTemplate, JsonRoundTrip)
{
    for (const auto &t : shippedTemplates()) {
        auto back = templateFromJson(templateToJson(t).dump(), Lang::En);
        ASSERT_TRUE(back.ok()) << t.id << ": " << back.error().field << " " << back.error().message;
        EXPECT_EQ(back.value(), t) << t.id;
    }
    const std::string fixed =
        R"({"id":"fx","name":"F","format":"fixed","encoding":"GB18030","max_rows":3,)"
        R"("details":[{"source":"name","width":10,"pad":" ","align":"left"},)"
        R"({"source":"amount","width":12,"pad":"0","align":"right","unit":"fen"},)"
        R"({"source":"literal:X","width":1}],"trailer":[{"source":"date","width":10,"style":"YYYY-MM-DD"}]})";
    auto t = templateFromJson(fixed, Lang::En);
    ASSERT_TRUE(t.ok()) << t.error().field << " " << t.error().message;
    EXPECT_EQ(t->details[1].pad, '0');
    EXPECT_EQ(t->details[1].align, Align::Right);
    EXPECT_EQ(t->details[1].unit, AmountUnit::Fen);
    EXPECT_EQ(t->details[2].literal, "X");
    auto back = templateFromJson(templateToJson(t.value()).dump(), Lang::En);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), t.value());
}

TEST(BankTemplate, EveryErrorNamesTheFieldPath)
{
    EXPECT_EQ(parseError(minimal("", R"([{"source":"amount"},{"source":"salary"}])")).field,
              "details[1].source");
    EXPECT_EQ(parseError(minimal("", "[]")).field, "details");
    EXPECT_EQ(parseError(minimal("", R"([{"source":"amount","unit":"jiao"}])")).field,
              "details[0].unit");
    EXPECT_EQ(parseError(minimal("", R"([{"source":"name","unit":"fen"}])")).field,
              "details[0].unit");
    EXPECT_EQ(parseError(minimal("", R"([{"source":"date","style":"DD.MM.YYYY"}])")).field,
              "details[0].style");
    EXPECT_EQ(parseError(minimal("", R"([{"source":"seq","pad":"ab"}])")).field, "details[0].pad");
    EXPECT_EQ(parseError(minimal(R"(,"trailer":[{"source":"account"}])")).field,
              "trailer[0].source");
    EXPECT_EQ(parseError(minimal(R"(,"header":[{"source":"count"},{}])")).field,
              "header[1].source");
    EXPECT_EQ(
        parseError(
            R"({"id":"t1","name":"T","format":"csv","encoding":"UTF-8","max_rows":0,"details":[{"source":"seq"}]})")
            .field,
        "max_rows");
    EXPECT_EQ(
        parseError(
            R"({"id":"t1","name":"T","format":"csv","encoding":"UTF-16","max_rows":1,"details":[{"source":"seq"}]})")
            .field,
        "encoding");
    EXPECT_EQ(
        parseError(
            R"({"id":"t1","name":"T","format":"pdf","encoding":"UTF-8","max_rows":1,"details":[{"source":"seq"}]})")
            .field,
        "format");
    EXPECT_EQ(
        parseError(
            R"({"id":"T 1","name":"T","format":"csv","encoding":"UTF-8","max_rows":1,"details":[{"source":"seq"}]})")
            .field,
        "id");
    // fixed needs a width on every field
    EXPECT_EQ(
        parseError(
            R"({"id":"f","name":"F","format":"fixed","encoding":"UTF-8","max_rows":1,"details":[{"source":"seq","width":4},{"source":"name"}]})")
            .field,
        "details[1].width");
    // delimited needs a separator that cannot be data
    EXPECT_EQ(
        parseError(
            R"({"id":"d","name":"D","format":"delimited","encoding":"UTF-8","max_rows":1,"details":[{"source":"seq"}]})")
            .field,
        "separator");
    EXPECT_EQ(
        parseError(
            R"({"id":"d","name":"D","format":"delimited","separator":"1","encoding":"UTF-8","max_rows":1,"details":[{"source":"seq"}]})")
            .field,
        "separator");
    EXPECT_EQ(
        parseError(
            minimal(
                R"(,"results":{"account":"a","amount":"b","result":"c","reason":"d","success":["成功"],"failure":[]})"))
            .field,
        "results.failure");
    EXPECT_EQ(
        parseError(
            minimal(
                R"(,"results":{"account":"a","amount":"b","result":"c","reason":"d","success":["ok"],"failure":["ok"]})"))
            .field,
        "results.failure");
}

TEST(BankTemplate, HostileInputIsAShortError)
{
    // nested far deeper than any template: an error, not a stack overflow
    std::string deep = minimal(R"(,"extra":)" + std::string(50000, '[') + std::string(50000, ']'));
    auto e = parseError(deep);
    EXPECT_EQ(e.code, ErrorCode::InvalidInput);
    EXPECT_LT(e.message.size() + e.field.size(), 400u);
    // too large
    std::string large = minimal(R"(,"extra":")" + std::string(kMaxTemplateBytes, 'x') + "\"");
    e = parseError(large);
    EXPECT_LT(e.message.size(), 200u);
    // a very long text is refused with its path and without echoing it
    e = parseError(minimal("", R"([{"source":"literal:)" + std::string(5000, 'y') + R"("}])"));
    EXPECT_EQ(e.field, "details[0].source");
    EXPECT_LT(e.message.size(), 200u);
    // too many fields
    std::string many = "[";
    for (int i = 0; i < 100; ++i)
        many += std::string(i ? "," : "") + R"({"source":"seq"})";
    many += "]";
    EXPECT_EQ(parseError(minimal("", many)).field, "details");
    // wrong types
    EXPECT_EQ(parseError(minimal("", R"({"source":"seq"})")).field, "details");
    EXPECT_EQ(parseError(minimal("", R"(["seq"])")).field, "details[0]");
    EXPECT_EQ(parseError(minimal("", R"([{"source":"seq","width":"8"}])")).field,
              "details[0].width");
    EXPECT_EQ(parseError(minimal("", R"([{"source":"seq","width":100000}])")).field,
              "details[0].width");
    EXPECT_EQ(parseError("[1,2]").code, ErrorCode::InvalidInput);
    EXPECT_EQ(parseError("{\"id\":").code, ErrorCode::InvalidInput);
}
