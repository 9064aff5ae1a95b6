// `assess`: every worked case of the samples through the built binary, compared
// field by field with its expected output; bad input named by field, exit 2.

#include "cli/cli_runner.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace relief::cli::test;

namespace {

QString samplesDir()
{
    return QStringLiteral(RELIEF_SOURCE_DIR_DEFAULT "/tests/data/assess");
}

QStringList sampleInputs()
{
    return QDir(samplesDir()).entryList({QStringLiteral("*.input.json")}, QDir::Files, QDir::Name);
}

// Compares two JSON values, naming the first differing path.
void expectSameJson(const nlohmann::json &actual, const nlohmann::json &expected,
                    const std::string &path)
{
    if (expected.is_object() && actual.is_object()) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (it.key() == "reasons")
                continue; // free text
            ASSERT_TRUE(actual.contains(it.key())) << path << "." << it.key() << " missing";
            expectSameJson(actual[it.key()], it.value(), path + "." + it.key());
        }
        for (auto it = actual.begin(); it != actual.end(); ++it)
            EXPECT_TRUE(expected.contains(it.key()))
                << path << "." << it.key() << " is not in the expected output";
        return;
    }
    if (expected.is_array() && actual.is_array()) {
        ASSERT_EQ(actual.size(), expected.size()) << path;
        for (size_t i = 0; i < expected.size(); ++i)
            expectSameJson(actual[i], expected[i], path + "[" + std::to_string(i) + "]");
        return;
    }
    EXPECT_EQ(actual, expected) << path;
}

TEST(AssessCommand, EveryWorkedCaseMatchesItsExpectedOutput)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QStringList inputs = sampleInputs();
    ASSERT_GE(inputs.size(), 13);
    for (const QString &input : inputs) {
        SCOPED_TRACE(input.toStdString());
        const QString base = samplesDir() + QLatin1Char('/') + input.chopped(11);
        auto r = cli.run({QStringLiteral("--db"), cli.dbPath(), QStringLiteral("assess"),
                          samplesDir() + QLatin1Char('/') + input});
        if (QFile::exists(base + QStringLiteral(".expected-error.txt"))) {
            EXPECT_EQ(r.exitCode, 2);
            EXPECT_TRUE(r.out.isEmpty());
            const QString expectedError =
                QString::fromUtf8(fileBytes(base + QStringLiteral(".expected-error.txt")));
            // The expected-error file names the field path; the message must too.
            // "exit 2: members[0].id_number: check character is wrong: …"
            EXPECT_TRUE(expectedError.startsWith(QStringLiteral("exit 2: ")));
            const QString field = expectedError.section(QStringLiteral(": "), 1, 1).trimmed();
            EXPECT_FALSE(field.isEmpty());
            EXPECT_TRUE(r.err.contains(field))
                << r.err.toStdString() << " / " << expectedError.toStdString();
            continue;
        }
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        const auto actual = nlohmann::json::parse(r.out.toStdString());
        const auto expected =
            nlohmann::json::parse(fileBytes(base + QStringLiteral(".expected.json")).toStdString());
        expectSameJson(actual, expected, "$");
    }
}

TEST(AssessCommand, ReadsStandardInputAndSpeaksEnglish)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QByteArray input =
        fileBytes(samplesDir() + QStringLiteral("/01-dibao-family.input.json"));
    auto r = cli.runEn({QStringLiteral("assess"), QStringLiteral("-")}, input);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto out = nlohmann::json::parse(r.out.toStdString());
    ASSERT_FALSE(out["reasons"].empty());
    const std::string text = out["reasons"][0]["text"];
    for (unsigned char c : text)
        EXPECT_LT(c, 0x80) << text; // English: no Chinese characters
}

TEST(AssessCommand, BadInputIsExitTwoNamingTheField)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    struct Case
    {
        const char *json;
        const char *field;
    };
    const Case cases[] = {
        {R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a","birth_date":"1960-01-01"},{"name":"b","id_number":"110105194912310021"}]})",
         "members[1].id_number"},
        {R"({"as_of":"2025-02-30","area":"urban","members":[]})", "as_of"},
        {R"({"as_of":"2025-09-15","area":"city","members":[]})", "area"},
        {R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a","birth_date":"1960-01-01","incomes":[{"kind":"wage","monthly":"100"}]}]})",
         "members[0].incomes[0].monthly"},
        {R"({"as_of":"2025-09-15","area":"urban","members":[{"name":"a","birth_date":"1960-01-01","self_care_unmet":7}]})",
         "members[0].self_care_unmet"},
        {R"({"area":"urban","members":[]})", "as_of"},
        {R"(not json)", ""},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.json);
        auto r = cli.runEn({QStringLiteral("assess"), QStringLiteral("-")}, QByteArray(c.json));
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.field))) << r.err.toStdString();
    }
}

// Issue 10, defect 1: a file nested 50,000 levels deep crashed the program (exit
// 139) with the value dumped into the message.
TEST(AssessCommand, DeepNestingIsExitTwoWithAShortMessage)
{
    CliRunner cli;
    const QByteArray deep = QByteArray(50'000, '[') + '1' + QByteArray(50'000, ']');
    for (const QByteArray &doc :
         {QByteArray("{\"as_of\":") + deep + '}',
          QByteArray(R"({"as_of":"2025-09-15","area":"urban","policy":{"dibao_standard":)") + deep +
              "}}"}) {
        auto r = cli.runEn({QStringLiteral("assess"), QStringLiteral("-")}, doc);
        EXPECT_EQ(r.exitCode, 2) << r.err.left(300).toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_LT(r.err.size(), 300) << r.err.left(300).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("64 levels"))) << r.err.toStdString();
    }
}

TEST(AssessCommand, AHugeStringGivesAShortMessage)
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("huge.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"area":"urban","members":[],"as_of":")");
        f.write(QByteArray(50 << 20, '7')); // 50 MB
        f.write(R"("})");
    }
    auto r = cli.runEn({QStringLiteral("assess"), file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("as_of: "))) << r.err.left(300).toStdString();
    EXPECT_LT(r.err.size(), 300) << r.err.left(300).toStdString();
}

// Issue 10, defect 4: a huge inline standard gave a wrapped temporary amount marked
// eligible; it is bad input now, named by its path, and nothing is printed.
TEST(AssessCommand, AnOutOfRangeParameterIsExitTwoNamingTheField)
{
    CliRunner cli;
    auto doc = nlohmann::json::parse(
        fileBytes(samplesDir() + QStringLiteral("/08-temporary-emergency.input.json"))
            .toStdString());
    if (!doc.contains("policy"))
        doc["policy"] =
            nlohmann::json::parse(fileBytes(QStringLiteral(RELIEF_SOURCE_DIR_DEFAULT
                                                           "/resources/policy/policy-2025-07.json"))
                                      .toStdString());
    doc["policy"]["dibao_standard"]["urban"] = "999999999999.99";
    doc["policy"]["dibao_standard"]["rural"] = "999999999999.99";
    auto r = cli.runEn({QStringLiteral("assess"), QStringLiteral("-")},
                       QByteArray::fromStdString(doc.dump()));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("policy.dibao_standard."))) << r.err.toStdString();
}

TEST(AssessCommand, NoSetInForceIsExitOne)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    auto r = cli.runEn(
        {QStringLiteral("assess"), QStringLiteral("-")},
        R"({"as_of":"2024-06-01","area":"urban","members":[{"name":"a","birth_date":"1960-01-01"}]})");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(AssessCommand, InlinePolicyNeedsNoDatabase)
{
    CliRunner cli;
    auto doc = nlohmann::json::parse(
        fileBytes(samplesDir() + QStringLiteral("/01-dibao-family.input.json")).toStdString());
    doc["policy"] = nlohmann::json::parse(
        fileBytes(QStringLiteral(RELIEF_SOURCE_DIR_DEFAULT "/resources/policy/policy-2025-01.json"))
            .toStdString());
    doc["policy"]["dibao_standard"]["urban"] = "900.00";
    auto r = cli.run({QStringLiteral("--db"), cli.path(QStringLiteral("none.db")),
                      QStringLiteral("assess"), QStringLiteral("-")},
                     QByteArray::fromStdString(doc.dump()));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(nlohmann::json::parse(r.out.toStdString())["standard"], "900.00");
    EXPECT_FALSE(QFile::exists(cli.path(QStringLiteral("none.db"))));
}

} // namespace
