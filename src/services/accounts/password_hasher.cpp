#include "password_hasher.h"

#include <sodium.h>

#include <stdexcept>

namespace relief::services {

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium failed to initialise");
}
} // namespace

std::string PasswordHasher::hash(const std::string &password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool PasswordHasher::verify(const std::string &encodedHash, const std::string &password)
{
    ensureSodium();
    return crypto_pwhash_str_verify(encodedHash.c_str(), password.data(), password.size()) == 0;
}

const std::string &PasswordHasher::dummyHash()
{
    static const std::string dummy = [] {
        ensureSodium();
        unsigned char random[32];
        randombytes_buf(random, sizeof random);
        char hex[sizeof random * 2 + 1];
        sodium_bin2hex(hex, sizeof hex, random, sizeof random);
        return hash(hex);
    }();
    return dummy;
}

int PasswordHasher::length(const std::string &password)
{
    int n = 0;
    for (unsigned char c : password)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

std::string sha256Hex(const std::string &text)
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace relief::services
