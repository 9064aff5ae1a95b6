#include "id_number.h"

#include "mask.h"
#include "text_preview.h"

namespace relief {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digitsValue(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

// Echoes what was typed (it is the user's own entry), cut short when it is long.
Error fail(Lang lang, std::string_view zh, std::string_view en, std::string_view text)
{
    return Error::invalid("", std::string(tr(lang, zh, en)) + textPreview(text, lang, 24));
}

} // namespace

char IdNumber::checkCharacter(std::string_view first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    int sum = 0;
    for (size_t i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * kWeights[i];
    return kCheck[sum % 11];
}

Result<IdNumber> IdNumber::parse(std::string_view text, Lang lang)
{
    if (text.size() != 18)
        return fail(lang, "身份证号应为18位：", "must be 18 characters: ", text);
    for (size_t i = 0; i < 17; ++i)
        if (!isDigit(text[i]))
            return fail(lang, "身份证号前17位应为数字：",
                        "the first 17 characters must be digits: ", text);
    char last = text[17];
    if (last == 'x')
        last = 'X';
    if (!isDigit(last) && last != 'X')
        return fail(lang, "身份证号第18位应为数字或X：",
                    "the 18th character must be a digit or X: ", text);
    const auto birth =
        Date::fromYmd(digitsValue(text.substr(6, 4)), digitsValue(text.substr(10, 2)),
                      digitsValue(text.substr(12, 2)));
    if (!birth)
        return fail(lang, "身份证号中的出生日期不存在：",
                    "the birth date in it does not exist: ", text);
    if (checkCharacter(text) != last)
        return fail(lang, "身份证号校验码错误：", "check character is wrong: ", text);
    IdNumber id;
    id.m_text = std::string(text.substr(0, 17)) + last;
    id.m_birthDate = *birth;
    id.m_sex = (text[16] - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    return id;
}

std::string IdNumber::masked() const
{
    return maskIdNumber(m_text);
}

} // namespace relief
