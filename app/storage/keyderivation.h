// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "securebytes.h"

#include <QByteArray>

// Passphrase -> 32-byte SQLCipher key with Argon2id (libsodium crypto_pwhash). The parameters
// are part of the file format (FORMAT.md): changing them needs a new format version.
struct KdfParams
{
    quint64 opsLimit = 3;              // Argon2 passes (t)
    quint64 memLimitBytes = 256 << 20; // 256 MiB (m = 2^18 KiB); ~0.5 s on a 2-core laptop

    // Only for tests: the product never uses anything weaker than the default above.
    static KdfParams fastForTests() { return KdfParams{1, 8 << 10}; }
    bool operator==(const KdfParams &) const = default;
};

class KeyDerivation
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kSaltBytes = 16;

    // A fresh random salt. It never contains a zero byte, so the documented recovery recipe
    // can pass it to the argon2 command-line tool as an argument (127.9 bits of randomness).
    static QByteArray randomSalt();
    // Empty result only if libsodium cannot allocate the memory the parameters ask for.
    static SecureBytes deriveKey(const SecureBytes &passphrase, const QByteArray &salt,
                                 const KdfParams &params);
    // The SQLCipher raw key with explicit salt: x'<64 hex key><32 hex salt>' (as key bytes).
    static SecureBytes sqlcipherKeySpec(const SecureBytes &key, const QByteArray &salt);
};
