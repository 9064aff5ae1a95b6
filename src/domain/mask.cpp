#include "mask.h"

#include <vector>

namespace relief {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

std::string maskIdNumber(std::string_view id)
{
    if (id.size() < 11)
        return std::string(id.size(), '*');
    std::string out(id);
    for (size_t i = 6; i + 4 < out.size(); ++i)
        out[i] = '*';
    return out;
}

std::string maskBankAccount(std::string_view account)
{
    if (account.size() <= 4)
        return std::string(account.size(), '*');
    std::string out(account.size() - 4, '*');
    out.append(account.substr(account.size() - 4));
    return out;
}

std::string maskName(std::string_view name)
{
    // Split into code points: a lead byte and its continuation bytes (10xxxxxx).
    std::vector<std::string_view> chars;
    for (size_t i = 0; i < name.size();) {
        size_t j = i + 1;
        while (j < name.size() && (static_cast<unsigned char>(name[j]) & 0xC0) == 0x80)
            ++j;
        chars.push_back(name.substr(i, j - i));
        i = j;
    }
    if (chars.size() < 2)
        return std::string(name);
    std::string out(chars.front());
    if (chars.size() == 2)
        return out + "*";
    out.append(chars.size() - 2, '*');
    out.append(chars.back());
    return out;
}

std::string maskSensitiveText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            out.push_back(text[i++]);
            continue;
        }
        size_t j = i;
        while (j < text.size() && isDigit(text[j]))
            ++j;
        size_t runEnd = j;
        const size_t digits = j - i;
        // An ID number may end in X.
        if (digits == 17 && j < text.size() && (text[j] == 'X' || text[j] == 'x'))
            runEnd = j + 1;
        const size_t len = runEnd - i;
        const std::string_view run = text.substr(i, len);
        if (len == 18 && (digits == 17 || digits == 18))
            out += maskIdNumber(run);
        else if (digits >= 12 && digits <= 19 && runEnd == j)
            out += maskBankAccount(run);
        else if (digits > 19)
            out += std::string(len, '*');
        else
            out.append(run);
        i = runEnd;
    }
    return out;
}

} // namespace relief
