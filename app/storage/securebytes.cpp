// SPDX-License-Identifier: GPL-3.0-or-later
#include "securebytes.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::bad_alloc();
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes s(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(s.m_data, bytes.data(), std::size_t(bytes.size()));
    return s;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    // Encode straight into locked memory, so no unwiped UTF-8 copy is left on the heap.
    SecureBytes out(std::size_t(text.size()) * 3);
    std::size_t n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), text.at(i + 1).unicode());
            ++i;
        }
        if (c < 0x80) {
            out.m_data[n++] = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            out.m_data[n++] = static_cast<unsigned char>(0xC0 | (c >> 6));
            out.m_data[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out.m_data[n++] = static_cast<unsigned char>(0xE0 | (c >> 12));
            out.m_data[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            out.m_data[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            // 4-byte sequences take two UTF-16 units, so 3 bytes per unit is still enough.
            out.m_data[n++] = static_cast<unsigned char>(0xF0 | (c >> 18));
            out.m_data[n++] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            out.m_data[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            out.m_data[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
    }
    SecureBytes exact(n);
    if (n)
        std::memcpy(exact.m_data, out.m_data, n);
    return exact;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

void SecureBytes::wipe(QString &text)
{
    if (text.isEmpty())
        return;
    text.detach();
    sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}
