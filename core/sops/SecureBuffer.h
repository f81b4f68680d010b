#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fleetdesk {

/// An allocator that overwrites memory with OPENSSL_cleanse before it gives it back.
template<typename T>
struct WipingAllocator
{
    using value_type = T;
    WipingAllocator() noexcept = default;
    template<typename U>
    WipingAllocator(const WipingAllocator<U>&) noexcept
    {
    }
    T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept;
    template<typename U>
    bool operator==(const WipingAllocator<U>&) const noexcept
    {
        return true;
    }
};

void secureWipe(void* data, std::size_t size) noexcept;

template<typename T>
void WipingAllocator<T>::deallocate(T* p, std::size_t n) noexcept
{
    secureWipe(p, n * sizeof(T));
    std::allocator<T>{}.deallocate(p, n);
}

/// Bytes that hold plaintext or key material. The storage is wiped whenever it is released (also on growth), so
/// no copy of a secret stays behind in freed memory. Convert to QByteArray only for data that is not secret.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size) : m_bytes(size) {}
    SecureBuffer(const std::uint8_t* data, std::size_t size) : m_bytes(data, data + size) {}
    static SecureBuffer fromView(QByteArrayView view)
    {
        return SecureBuffer(reinterpret_cast<const std::uint8_t*>(view.data()), std::size_t(view.size()));
    }
    static SecureBuffer fromString(std::string_view text)
    {
        return SecureBuffer(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    }

    std::uint8_t* data() { return m_bytes.data(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    const char* chars() const { return reinterpret_cast<const char*>(m_bytes.data()); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    void resize(std::size_t size) { m_bytes.resize(size); }
    void reserve(std::size_t size) { m_bytes.reserve(size); }
    void clear() { m_bytes.clear(); }
    std::uint8_t& operator[](std::size_t i) { return m_bytes[i]; }
    std::uint8_t operator[](std::size_t i) const { return m_bytes[i]; }

    void append(const void* data, std::size_t size)
    {
        const auto* p = static_cast<const std::uint8_t*>(data);
        m_bytes.insert(m_bytes.end(), p, p + size);
    }
    void append(std::string_view text) { append(text.data(), text.size()); }
    void append(const char* text) { append(std::string_view(text)); }
    void append(const std::string& text) { append(std::string_view(text)); }
    void append(QByteArrayView view) { append(view.data(), std::size_t(view.size())); }
    /// Exact overload: a QByteArray would otherwise convert both to const char* (cut at a NUL) and to a view.
    void append(const QByteArray& bytes) { append(bytes.constData(), std::size_t(bytes.size())); }
    void append(const SecureBuffer& other) { append(other.data(), other.size()); }
    void append(char c) { m_bytes.push_back(std::uint8_t(c)); }

    std::string_view view() const { return {chars(), m_bytes.size()}; }
    QByteArrayView byteView() const { return QByteArrayView(chars(), qsizetype(m_bytes.size())); }
    /// A copy as QByteArray. Not wiped: use only for data that is not secret (ciphertext, public keys).
    QByteArray toByteArray() const { return QByteArray(chars(), qsizetype(m_bytes.size())); }

    /// Constant-time comparison.
    bool equals(const SecureBuffer& other) const;
    bool operator==(const SecureBuffer& other) const { return equals(other); }

private:
    std::vector<std::uint8_t, WipingAllocator<std::uint8_t>> m_bytes;
};

} // namespace fleetdesk
