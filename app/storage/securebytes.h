// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

// A fixed-size buffer for key material: allocated with libsodium's guarded, locked memory
// (never swapped out, guard pages around it) and wiped when freed. Move-only, so a key is
// never silently copied into ordinary memory.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    // Takes a copy of the passphrase's UTF-8 bytes. The QString itself is the caller's to wipe
    // (see wipe(QString&)).
    static SecureBytes fromUtf8(const QString &text);
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    void clear();

    // Best effort for text that passed through Qt widgets: overwrites the string's own buffer.
    static void wipe(QString &text);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};
