#pragma once

// argon2id password hashes through libsodium's crypto_pwhash_str.

#include <string>

namespace relief::services {

class PasswordHasher
{
public:
    static constexpr int kMinLength = 8;

    // The encoded hash (algorithm, parameters and salt included).
    static std::string hash(const std::string &password);
    static bool verify(const std::string &encodedHash, const std::string &password);
    // A hash of no one's password with the same parameters as hash(): verifying against
    // it costs what a real account costs (sign-in of an unknown user). Computed once.
    static const std::string &dummyHash();
    // Length in characters (UTF-8 code points), not bytes.
    static int length(const std::string &password);
};

// SHA-256 of text, lowercase hex.
std::string sha256Hex(const std::string &text);

} // namespace relief::services
