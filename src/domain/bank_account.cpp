#include "bank_account.h"

#include "mask.h"
#include "text_preview.h"

// Error messages carry only the masked number: they end up in logs and dialogs.

namespace relief {

namespace {

// The masked number, cut short when someone pasted far more than a card number.
std::string shown(std::string_view text, Lang lang)
{
    return textPreview(maskBankAccount(text), lang, 24);
}

} // namespace

bool BankAccount::luhnValid(std::string_view digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it < '0' || *it > '9')
            return false;
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.empty() && sum % 10 == 0;
}

char BankAccount::luhnCheckDigit(std::string_view body)
{
    // The check digit will stand rightmost, so the body's last digit is doubled.
    int sum = 0;
    bool doubleIt = true;
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

Result<BankAccount> BankAccount::parse(std::string_view text, Lang lang)
{
    for (char c : text)
        if (c < '0' || c > '9')
            return Error::invalid(
                "",
                std::string(tr(lang, "银行账号只能包含数字：", "must contain digits only: ")) +
                    shown(text, lang));
    if (text.size() < 16 || text.size() > 19)
        return Error::invalid(
            "",
            std::string(tr(lang, "银行账号应为16至19位数字：", "must be 16 to 19 digits: ")) +
                shown(text, lang));
    if (!luhnValid(text))
        return Error::invalid("",
                              std::string(tr(lang, "银行卡号校验位不正确，请核对卡号：",
                                             "the check digit is wrong; check the card number: ")) +
                                  shown(text, lang));
    BankAccount account;
    account.m_text = std::string(text);
    return account;
}

std::string BankAccount::masked() const
{
    return maskBankAccount(m_text);
}

} // namespace relief
