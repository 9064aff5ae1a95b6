#include "identity_checks.h"

namespace relief {

namespace {
Error refuse(Lang lang, std::string_view zh, std::string_view en)
{
    return Error {ErrorCode::InvalidInput, std::string(tr(lang, zh, en)), {}};
}
} // namespace

Result<IdNumber> checkPersonIdNumber(std::string_view text, const std::optional<Date> &today,
                                     Lang lang)
{
    auto id = IdNumber::parse(text, lang);
    if (!id)
        return id;
    if (id->text().compare(0, 2, "00") == 0)
        return refuse(lang, "身份证号的地区码（前6位）不存在",
                      "the region code (the first 6 digits) does not exist");
    if (today && id->birthDate() > *today)
        return refuse(lang, "身份证号中的出生日期在未来", "the birth date in it is in the future");
    return id;
}

Status checkRegistryText(std::string_view text, Lang lang)
{
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c0 = c < 0x20 || c == 0x7F;
        // C1 controls in UTF-8: C2 80 … C2 9F.
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (c0 || c1)
            return refuse(lang, "含有控制字符（如NUL、制表符或换行），请删除",
                          "holds a control character (such as NUL, a tab or a line break): "
                          "remove it");
    }
    return okStatus();
}

} // namespace relief
