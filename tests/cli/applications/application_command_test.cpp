// `import checks`: cross-department check results through the built CLI, on an
// application registered through the service in the same database file.

#include "cli/cli_runner.h"

#include "services/accounts/account_service.h"
#include "services/applications/application_service.h"
#include "services/clock.h"
#include "services/registry/registry_service.h"
#include "storage/database.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::cli::test;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QStringList as(const char *user, const QStringList &args)
{
    return QStringList {QStringLiteral("--as"), QString::fromUtf8(user)} + args;
}

// A household from a ledger, and its dibao application under investigation;
// returns the application number.
std::string applicationUnderInvestigation(const CliRunner &cli)
{
    auto r =
        cli.runEn(as(CliRunner::kAdmin,
                     {QStringLiteral("community"), QStringLiteral("add"),
                      QStringLiteral("幸福社区"), QStringLiteral("--code"), QStringLiteral("XF")}),
                  QByteArray(CliRunner::kAdminPassword) + '\n');
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto db = storage::Database::open(cli.dbPath().toStdString());
    EXPECT_TRUE(db.ok());
    services::SystemClock clock;
    services::AccountService accounts(**db, clock);
    auto bob = accounts.login(CliRunner::kCaseworker, CliRunner::kCaseworkerPassword);
    EXPECT_TRUE(bob.ok());
    services::RegistryService registry(**db, clock);
    auto communities = registry.communities(*bob);
    services::NewHousehold h;
    h.household.communityId = communities->front().id;
    h.household.address = "幸福路1号";
    services::MemberInput head;
    head.person.name = "王秀英";
    head.person.idNumber = "11010519491231002X";
    head.relation = Relation::Head;
    h.members.push_back(head);
    auto household = registry.createHousehold(*bob, h);
    EXPECT_TRUE(household.ok()) << household.error().message;
    services::ApplicationService apps(**db, clock);
    services::NewApplication a;
    a.householdId = *household;
    a.receivedOn = clock.today();
    a.materialsProvided = requiredMaterials(ApplicationProgramme::Dibao);
    auto id = apps.submit(*bob, a);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(apps.checkMaterials(*bob, *id, a.materialsProvided, clock.today()).ok());
    EXPECT_TRUE(apps.startInvestigation(*bob, *id, clock.today()).ok());
    return apps.application(*bob, *id)->record.applicationNo;
}

} // namespace

TEST(ApplicationCommands, ImportChecksAllOrNothing)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const std::string number = applicationUnderInvestigation(cli);
    const QByteArray no = QByteArray::fromStdString(number);
    const QString file = cli.path(QStringLiteral("checks.csv"));
    const QStringList import = {QStringLiteral("import"), QStringLiteral("checks"), file};
    const QByteArray bob = QByteArray(CliRunner::kCaseworkerPassword) + '\n';

    writeText(file,
              "申请编号,部门,结果,说明,核对日期\n" + no + ",公安,一致,,2025-01-02\n" + no +
                  ",天气,一致,,2025-01-02\n");
    auto bad = cli.runEn(as(CliRunner::kCaseworker, import), bob);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("line 3"))) << bad.err.toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT COUNT(*) FROM cross_checks"), 0);

    writeText(file,
              "申请编号,部门,结果,说明,核对日期\n" + no + ",公安,一致,,2025-01-02\n" + no +
                  ",车辆,不一致,名下有车,2025-01-02\n");
    auto good = cli.runEn(as(CliRunner::kCaseworker, import), bob);
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.err.contains(QStringLiteral("2 check results recorded")))
        << good.err.toStdString();
    auto again = cli.runEn(as(CliRunner::kCaseworker, import), bob);
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("2 already on file"))) << again.err.toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT COUNT(*) FROM cross_checks"), 2);
}
