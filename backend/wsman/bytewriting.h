#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <iterator>

// Writing large UTF-8 documents (rrasctl's JSON and CSV listings, rras-sim's replies) piece by
// piece into one QByteArray, where QByteArray::append() costs too much: in Qt 6.4 every append
// of a string goes through insert(), and even resize() is a call into Qt that checks sharing and
// capacity each time, for pieces of a few bytes, millions of them in a listing of 50,000 tunnels.
namespace ByteWriting {

// A cursor into a QByteArray grown ahead of what is written: each piece is a copy behind the
// cursor, and Qt is called only when the room runs out. While a sink is open, `out` is longer
// than what was written (the rest is unset); finish(), or the sink's end, cuts it to size.
class Sink final
{
public:
    // Appends to `out`, with room for `expected` bytes made at once.
    explicit Sink(QByteArray &out, qsizetype expected = 0) : m_out(out)
    {
        const qsizetype used = out.size();
        out.resize(used + std::max<qsizetype>(expected, 64));
        m_begin = out.data();
        m_cursor = m_begin + used;
        m_end = m_begin + out.size();
    }
    ~Sink() { finish(); }
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    // `out` holds exactly what was written; writing may go on. Nothing to do when it already
    // does (a copy of `out` taken since then is then left unshared).
    void finish()
    {
        const qsizetype used = m_cursor - m_begin;
        if (m_out.size() == used)
            return;
        m_out.resize(used);
        m_begin = m_out.data();
        m_cursor = m_begin + used;
        m_end = m_cursor;
    }
    // Room for `size` more bytes at the cursor, which the caller fills and then passes with
    // advance().
    char *room(qsizetype size)
    {
        if (m_end - m_cursor < size)
            grow(size);
        return m_cursor;
    }
    void advance(qsizetype size) { m_cursor += size; }
    void append(const char *bytes, qsizetype size)
    {
        std::memcpy(room(size), bytes, size_t(size));
        m_cursor += size;
    }
    Sink &operator+=(char c)
    {
        *room(1) = c;
        ++m_cursor;
        return *this;
    }
    Sink &operator+=(const char *text)
    {
        append(text, qsizetype(std::strlen(text)));
        return *this;
    }
    Sink &operator+=(const QByteArray &bytes)
    {
        append(bytes.constData(), bytes.size());
        return *this;
    }

private:
    void grow(qsizetype size)
    {
        const qsizetype used = m_cursor - m_begin;
        const qsizetype capacity = std::max<qsizetype>(used + size, 2 * (m_end - m_begin));
        m_out.resize(capacity);
        m_begin = m_out.data();
        m_cursor = m_begin + used;
        m_end = m_begin + capacity;
    }

    QByteArray &m_out;
    char *m_begin = nullptr;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
};

// `size` bytes at the end of `out`.
inline void put(Sink &out, const char *bytes, qsizetype size)
{
    out.append(bytes, size);
}

inline void put(Sink &out, const char *text)
{
    out += text;
}

inline void put(Sink &out, const QByteArray &bytes)
{
    out += bytes;
}

// The ASCII (UTF-16) units [from, to) as bytes.
inline void putAscii(Sink &out, const char16_t *from, const char16_t *to)
{
    if (to <= from)
        return;
    char *bytes = out.room(to - from);
    for (const char16_t *c = from; c < to; ++c)
        *bytes++ = char(*c);
    out.advance(to - from);
}

// An integer in decimal.
template<typename Integer> void putNumber(Sink &out, Integer value)
{
    char digits[24]; // any 64-bit integer, sign included
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    put(out, digits, end - digits);
}

// `value` in `width` decimal digits (2, or 4 for a year), zero-padded; the caller keeps the
// ranges.
inline void putDigits(Sink &out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    put(out, digits, width);
}

// "yyyy-MM-ddTHH:mm:ss" of `utc` (a UTC time), as QDateTime::toString() and Qt::ISODate write it
// for the years 1 to 9999. false, and nothing written, for other years, which Qt writes its own
// way: the caller then asks Qt.
inline bool putIsoSeconds(Sink &out, const QDateTime &utc)
{
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return false;
    putDigits(out, date.year(), 4);
    out += '-';
    putDigits(out, date.month(), 2);
    out += '-';
    putDigits(out, date.day(), 2);
    out += 'T';
    putDigits(out, clock.hour(), 2);
    out += ':';
    putDigits(out, clock.minute(), 2);
    out += ':';
    putDigits(out, clock.second(), 2);
    return true;
}

} // namespace ByteWriting
