#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <charconv>
#include <cstring>
#include <iterator>

// Writing large UTF-8 documents (rrasctl's JSON and CSV listings, rras-sim's replies) piece by
// piece into one QByteArray, where QByteArray::append() costs too much: in Qt 6.4 every append
// of a string goes through insert(), and a listing of 50,000 tunnels appends millions of pieces.
namespace ByteWriting {

// `size` bytes at the end of `out`.
inline void put(QByteArray &out, const char *bytes, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, size_t(size));
}

inline void put(QByteArray &out, const char *text)
{
    put(out, text, qsizetype(std::strlen(text)));
}

inline void put(QByteArray &out, const QByteArray &bytes)
{
    put(out, bytes.constData(), bytes.size());
}

// The ASCII (UTF-16) units [from, to) as bytes.
inline void putAscii(QByteArray &out, const char16_t *from, const char16_t *to)
{
    if (to <= from)
        return;
    const qsizetype at = out.size();
    out.resize(at + (to - from));
    char *bytes = out.data() + at;
    for (const char16_t *c = from; c < to; ++c)
        *bytes++ = char(*c);
}

// An integer in decimal.
template<typename Integer> void putNumber(QByteArray &out, Integer value)
{
    char digits[24]; // any 64-bit integer, sign included
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    put(out, digits, end - digits);
}

// `value` in `width` decimal digits (2, or 4 for a year), zero-padded; the caller keeps the
// ranges.
inline void putDigits(QByteArray &out, int value, int width)
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
inline bool putIsoSeconds(QByteArray &out, const QDateTime &utc)
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
