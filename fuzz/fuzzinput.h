#pragma once

#include <QByteArray>
#include <QString>

#include <type_traits>

// Takes typed values off the front of a fuzzer's input, in the manner of LLVM's FuzzedDataProvider
// (which the GCC test build, replaying tests/data/fuzz-regressions, has no copy of). Reading past
// the end gives zeros and empty strings, so every input is a valid sequence of values.
class FuzzInput
{
public:
    explicit FuzzInput(const QByteArray &data) : m_data(data) { }

    bool atEnd() const { return m_pos >= m_data.size(); }

    quint8 byte() { return atEnd() ? 0 : quint8(m_data.at(m_pos++)); }
    bool boolean() { return (byte() & 1) != 0; }

    template<typename T> T integer()
    {
        static_assert(std::is_integral_v<T>);
        using U = std::make_unsigned_t<T>;
        U value = 0;
        for (size_t i = 0; i < sizeof(T); ++i)
            value = U(U(value << 8) | U(byte()));
        return T(value);
    }

    // A value in [low, high] (high - low < 2^32).
    qint64 inRange(qint64 low, qint64 high)
    {
        const quint64 span = quint64(high - low) + 1;
        return low + qint64(quint64(integer<quint32>()) % span);
    }

    // Bytes up to a lone backslash (a backslash followed by anything but a backslash ends the
    // string; "\\\\" is one backslash), at most `maxLength`: mutations that add or remove a
    // terminator change one string, not every value after it.
    QByteArray bytes(qsizetype maxLength)
    {
        QByteArray out;
        while (!atEnd() && out.size() < maxLength) {
            const char c = m_data.at(m_pos++);
            if (c == '\\' && !atEnd()) {
                const char next = m_data.at(m_pos++);
                if (next != '\\')
                    break;
            }
            out += c;
        }
        return out;
    }

    // Text as it reaches the program from the network or the store: decoded from UTF-8.
    QString text(qsizetype maxLength = 64) { return QString::fromUtf8(bytes(maxLength)); }

    QByteArray rest()
    {
        const QByteArray out = m_data.mid(m_pos);
        m_pos = m_data.size();
        return out;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};
