// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyderivation.h"

#include <sodium.h>

QByteArray KeyDerivation::randomSalt()
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    for (char &b : salt) {
        do {
            randombytes_buf(&b, 1);
        } while (b == 0);
    }
    return salt;
}

SecureBytes KeyDerivation::deriveKey(const SecureBytes &passphrase, const QByteArray &salt,
                                     const KdfParams &params)
{
    Q_ASSERT(salt.size() == kSaltBytes);
    SecureBytes key(kKeyBytes);
    // An empty passphrase has no buffer at all; libsodium may not be handed a null pointer.
    static const char kEmpty[1] = {0};
    const char *words = passphrase.size() > 0 ? passphrase.chars() : kEmpty;
    if (crypto_pwhash(key.data(), key.size(), words, passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

SecureBytes KeyDerivation::sqlcipherKeySpec(const SecureBytes &key, const QByteArray &salt)
{
    // x' + 64 hex + 32 hex + '
    SecureBytes spec(2 + 2 * (kKeyBytes + kSaltBytes) + 1);
    unsigned char *out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(out), 2 * kKeyBytes + 1, key.data(), key.size());
    out += 2 * kKeyBytes;
    // sodium_bin2hex writes a terminating NUL, overwritten by the next write
    char saltHex[2 * kSaltBytes + 1];
    sodium_bin2hex(saltHex, sizeof saltHex,
                   reinterpret_cast<const unsigned char *>(salt.constData()), kSaltBytes);
    std::memcpy(out, saltHex, 2 * kSaltBytes);
    out += 2 * kSaltBytes;
    *out = '\'';
    return spec;
}
