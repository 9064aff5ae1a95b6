#include "domain/mask.h"

#include <gtest/gtest.h>

TEST(Mask, IdNumberKeepsFirstSixAndLastFour)
{
    EXPECT_EQ(relief::maskIdNumber("11010519491231002X"), "110105********002X");
}

TEST(Mask, BankAccountKeepsLastFour)
{
    EXPECT_EQ(relief::maskBankAccount("6222021234567890123"), "***************0123");
}

TEST(Mask, FreeTextLosesEveryIdAndAccount)
{
    const std::string text = "id=11010519491231002X acct 6222021234567890123, phone 13800138000";
    const std::string masked = relief::maskSensitiveText(text);
    EXPECT_EQ(masked.find("19491231"), std::string::npos);
    EXPECT_EQ(masked.find("1234567890"), std::string::npos);
    EXPECT_NE(masked.find("110105********002X"), std::string::npos);
    EXPECT_NE(masked.find("0123"), std::string::npos);
    EXPECT_NE(masked.find("13800138000"), std::string::npos); // 11-digit phone stays
    EXPECT_EQ(relief::maskSensitiveText("440524188001010014"), "440524********0014");
}

TEST(Mask, NamesOnPublicNoticesKeepFirstAndLastCharacter)
{
    EXPECT_EQ(relief::maskName("张三明"), "张*明");
    EXPECT_EQ(relief::maskName("欧阳小明"), "欧**明");
    EXPECT_EQ(relief::maskName("张三"), "张*");
    EXPECT_EQ(relief::maskName("张"), "张");
    EXPECT_EQ(relief::maskName(""), "");
    EXPECT_EQ(relief::maskName("Li Ming"), "L*****g");
}
