// `user add|list|disable|enable|reset-password`: signed-in administrators only.

#include "cli/cli_runner.h"

#include <gtest/gtest.h>

using namespace relief::cli::test;

namespace {

QByteArray lines(std::initializer_list<const char *> items)
{
    QByteArray data;
    for (const char *item : items)
        data += QByteArray(item) + '\n';
    return data;
}

class UserCommand : public ::testing::Test
{
protected:
    void SetUp() override { cli.usePreparedDatabase(); }

    CliResult as(const char *user, const QStringList &args, const QByteArray &input) const
    {
        return cli.runEn(QStringList {QStringLiteral("--as"), QLatin1String(user)} + args, input);
    }
    long long auditCount() const
    {
        return queryInt(cli.dbPath(), "SELECT count(*) FROM audit_log");
    }
    long long failedAttempts(const char *user) const
    {
        // QString, not std::string +: GCC 12 -O2 warns falsely (-Warray-bounds) there.
        const QByteArray sql =
            QStringLiteral("SELECT failed_attempts FROM users WHERE username = '%1'")
                .arg(QLatin1String(user))
                .toUtf8();
        return queryInt(cli.dbPath(), sql.constData());
    }

    CliRunner cli;
};

const QString kUser = QStringLiteral("user");

TEST_F(UserCommand, AddListDisableEnableAndResetPassword)
{
    auto r = as("admin",
                {kUser, QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--roles"),
                 QStringLiteral("supervisor,统计员"), QStringLiteral("--display-name"),
                 QStringLiteral("李审核")},
                lines({"secret123", "carolpass1"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    r = as("admin", {kUser, QStringLiteral("list"), QStringLiteral("--json")},
           lines({"secret123"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"username\": \"carol\"")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"display_name\": \"李审核\"")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"statistician\"")));

    r = as("admin", {kUser, QStringLiteral("list")}, lines({"secret123"}));
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("carol"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("supervisor,statistician"))) << r.out.toStdString();

    r = as("admin", {kUser, QStringLiteral("disable"), QStringLiteral("carol")},
           lines({"secret123"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = as("admin", {kUser, QStringLiteral("list"), QStringLiteral("--json")},
           lines({"secret123"}));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"active\": false")));
    r = as("admin", {kUser, QStringLiteral("enable"), QStringLiteral("carol")},
           lines({"secret123"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    r = as("admin", {kUser, QStringLiteral("reset-password"), QStringLiteral("bob")},
           lines({"secret123", "bobnewpass"}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // bob signs in with the new password (and is refused user management: caseworker).
    r = as("bob", {kUser, QStringLiteral("list")}, lines({"bobnewpass"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("may not"))) << r.err.toStdString();
    r = as("bob", {kUser, QStringLiteral("list")}, lines({"bobpass12"}));
    EXPECT_TRUE(r.err.contains(QStringLiteral("not correct"))) << r.err.toStdString();

    // Everything the administrator did is in the audit log under their name.
    EXPECT_EQ(queryInt(cli.dbPath(),
                       "SELECT count(*) FROM audit_log WHERE username = 'admin' AND action IN "
                       "('user.add', 'user.disable', 'user.enable', 'user.reset_password') "
                       "AND id > 3"),
              4);
}

TEST_F(UserCommand, WrongPasswordIsRefusedAndWritesOnlyTheFailureCount)
{
    const long long before = auditCount();
    auto r = as("admin",
                {kUser, QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--roles"),
                 QStringLiteral("caseworker")},
                lines({"wrongpass", "carolpass1"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not correct"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(auditCount(), before);
    EXPECT_EQ(failedAttempts("admin"), 1);
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM users WHERE username = 'carol'"), 0);
}

TEST_F(UserCommand, CaseworkerCannotAddUsers)
{
    const long long before = auditCount();
    auto r = as("bob",
                {kUser, QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--roles"),
                 QStringLiteral("admin")},
                lines({"bobpass12", "carolpass1"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("may not"))) << r.err.toStdString();
    EXPECT_EQ(auditCount(), before);
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM users WHERE username = 'carol'"), 0);
}

TEST_F(UserCommand, FiveWrongPasswordsLockTheAccount)
{
    const QStringList list {kUser, QStringLiteral("list")};
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(as("admin", list, lines({"wrongpass"})).exitCode, 1);
    auto r = as("admin", list, lines({"secret123"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("locked"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(UserCommand, DisabledUserCannotSignIn)
{
    ASSERT_EQ(
        as("admin", {kUser, QStringLiteral("disable"), QStringLiteral("bob")}, lines({"secret123"}))
            .exitCode,
        0);
    auto r = as("bob", {kUser, QStringLiteral("list")}, lines({"bobpass12"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("disabled"))) << r.err.toStdString();
}

TEST_F(UserCommand, AdministratorCannotDisableThemself)
{
    auto r = as("admin", {kUser, QStringLiteral("disable"), QStringLiteral("admin")},
                lines({"secret123"}));
    EXPECT_EQ(r.exitCode, 1);
}

TEST_F(UserCommand, InvalidRolesAreBadInputBeforeSignIn)
{
    // No standard input at all: the roles are refused before any password is read.
    auto r = as("admin",
                {kUser, QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--roles"),
                 QStringLiteral("caseworker,boss")},
                {});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("boss"))) << r.err.toStdString();
    r = as("admin", {kUser, QStringLiteral("add"), QStringLiteral("carol")}, {});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--roles"))) << r.err.toStdString();
    EXPECT_EQ(failedAttempts("admin"), 0);
}

TEST_F(UserCommand, ShortOrMissingNewPasswordIsBadInput)
{
    const QStringList add {kUser, QStringLiteral("add"), QStringLiteral("carol"),
                           QStringLiteral("--roles"), QStringLiteral("caseworker")};
    EXPECT_EQ(as("admin", add, lines({"secret123", "short"})).exitCode, 2);
    EXPECT_EQ(as("admin", add, lines({"secret123"})).exitCode, 2);
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM users WHERE username = 'carol'"), 0);
}

TEST_F(UserCommand, SignInIsRequired)
{
    auto r = cli.runEn({kUser, QStringLiteral("list")}, lines({"secret123"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--as"))) << r.err.toStdString();
    // No password line at all.
    EXPECT_EQ(as("admin", {kUser, QStringLiteral("list")}, {}).exitCode, 2);
    // --as after the command is a usage error that says where it belongs.
    r = cli.runEn({kUser, QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("admin")},
                  lines({"secret123"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("before the command"))) << r.err.toStdString();
}

TEST_F(UserCommand, UnknownAccountIsAFailure)
{
    auto r = as("admin", {kUser, QStringLiteral("disable"), QStringLiteral("nobody")},
                lines({"secret123"}));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nobody"))) << r.err.toStdString();
}

// Defect 8 (issue 10): the CLI's sign-in refusal is one message, whether the account is
// unknown, disabled, locked or the password wrong.
TEST_F(UserCommand, SignInRefusalsAreOneMessage)
{
    const QStringList list {kUser, QStringLiteral("list")};
    const auto refusal = [&](const char *user) {
        auto r = as(user, list, lines({"wrong-pass-1"}));
        EXPECT_EQ(r.exitCode, 1) << user << ": " << r.err.toStdString();
        return r.err.toStdString();
    };
    const std::string wrong = refusal("bob");
    EXPECT_FALSE(wrong.empty());
    EXPECT_EQ(refusal("nobody"), wrong);
    execSql(cli.dbPath(), "UPDATE users SET locked_until = 99999999999 WHERE username = 'bob'");
    EXPECT_EQ(refusal("bob"), wrong);
    execSql(cli.dbPath(), "UPDATE users SET locked_until = 0, active = 0 WHERE username = 'bob'");
    EXPECT_EQ(refusal("bob"), wrong);
    // The right password learns the status.
    EXPECT_NE(as("bob", list, lines({"bobpass12"})).err.toStdString(), wrong);
}

} // namespace
