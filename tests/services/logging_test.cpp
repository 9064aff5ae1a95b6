#include "support/service_fixture.h"

#include "services/logging.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace relief;
using namespace relief::services;

TEST(Logging, MasksIdNumbersAndBankAccounts)
{
    test::TempDir dir;
    const auto file = dir.file("masked.log");
    {
        auto logger = makeMaskedLogger("mask-test", file);
        logger->info("registered 11010519491231002X with card 6222021234567890123");
        logger->flush();
    }
    const auto text = test::readFile(file);
    EXPECT_NE(text.find("110105********002X"), std::string::npos);
    EXPECT_EQ(text.find("11010519491231002X"), std::string::npos);
    EXPECT_EQ(text.find("6222021234567890123"), std::string::npos);
    EXPECT_NE(text.find("0123"), std::string::npos);
}

// Runs real sign-ins and account changes with the product's logger and checks
// that no password, ID number or bank account reaches the file.
TEST(Logging, NoSecretReachesTheProductLog)
{
    test::TempDir dir;
    const auto logFile = setupLogging({dir.file("logs"), "trace", false, "product-test"});
    ASSERT_FALSE(logFile.empty());
    {
        auto db = test::openDb(dir.file("office.db"));
        ManualClock clock(test::fixedStart());
        AccountService accounts(*db, clock);
        auto admin = accounts.setupOffice({"街道", "", "admin", "", "Secret-Admin-1"});
        ASSERT_TRUE(admin.ok());
        EXPECT_FALSE(accounts.login("admin", "Wrong-Guess-99").ok());
        EXPECT_TRUE(accounts.login("admin", "Secret-Admin-1").ok());
        ASSERT_TRUE(
            accounts
                .addUser(*admin,
                         {"clerk", "11010519491231002X", {Role::Caseworker}, "Clerk-Secret-7"})
                .ok());
        spdlog::info("payment to 6222021234567890123 for 11010519491231002X");
        spdlog::default_logger()->flush();
    }
    const auto text = test::readFile(logFile);
    EXPECT_NE(text.find("signed in: admin"), std::string::npos); // the log is written
    for (const char *secret : {"Secret-Admin-1", "Wrong-Guess-99", "Clerk-Secret-7",
                               "11010519491231002X", "6222021234567890123"})
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
    spdlog::set_default_logger(spdlog::null_logger_mt("restore"));
}

// Defect 10 (issue 10): the log folder is 0700 and each log file 0600, rotated ones too.
TEST(Logging, LogFilesAreOwnerOnly)
{
    test::TempDir dir;
    const mode_t old = ::umask(022);
    const auto folder = dir.file("logs");
    const auto logFile = setupLogging({folder, "info", false, "mode-test"});
    ASSERT_FALSE(logFile.empty());
    spdlog::info("hello");
    spdlog::default_logger()->flush();
    const auto modeOf = [](const std::string &path) {
        struct stat st
        {
        };
        return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 0777) : 0xFFFFu;
    };
    EXPECT_EQ(modeOf(folder), 0700u);
    EXPECT_EQ(modeOf(logFile), 0600u);
    const auto masked = dir.file("masked.log");
    makeMaskedLogger("mode-test-2", masked)->info("x");
    EXPECT_EQ(modeOf(masked), 0600u);
    spdlog::set_default_logger(spdlog::null_logger_mt("restore-mode"));
    ::umask(old);
}
