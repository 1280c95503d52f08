#include "hostaddress.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Four decimal octets, 0-255, no leading zeros (which some parsers read as octal), nothing else.
// QHostAddress alone is too lenient here: it accepts "10.1" and "010.1.1.1" as inet_aton does.
bool parseStrictIPv4(const QString &text, quint32 *value)
{
    const QList<QStringView> parts = QStringView(text).split(u'.');
    if (parts.size() != 4)
        return false;
    quint32 result = 0;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.size() > 1 && part.front() == u'0')
            return false;
        const uint octet = part.toUInt();
        if (octet > 255)
            return false;
        result = (result << 8) | octet;
    }
    *value = result;
    return true;
}

QHostAddress maskAddress(const QHostAddress &address, int prefixLength)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefixLength == 0 ? 0u : ~quint32(0) << (32 - prefixLength);
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bitsHere = std::clamp(prefixLength - i * 8, 0, 8);
        const quint8 mask = bitsHere == 0 ? 0 : quint8(0xff << (8 - bitsHere));
        bytes[i] = quint8(bytes[i] & mask);
    }
    return QHostAddress(bytes);
}

} // namespace

NormalizedAddress normalizeHostAddress(const QString &input)
{
    NormalizedAddress result;
    result.input = input.trimmed();
    const QString &text = result.input;

    if (text.isEmpty()) {
        //: A tunnel address the user typed was empty.
        result.error = QCoreApplication::translate("HostAddress", "The address is empty.");
        return result;
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            result.error = QCoreApplication::translate("HostAddress",
                                                       "The address \"%1\" contains a space.")
                                   .arg(text);
            return result;
        }
    }

    if (!text.contains(u':')) {
        quint32 value = 0;
        if (!parseStrictIPv4(text, &value)) {
            //: %1 is what the user typed; the rule follows.
            result.error = QCoreApplication::translate(
                                   "HostAddress",
                                   "\"%1\" is not an IPv4 address: four numbers from 0 to 255 "
                                   "separated by dots, without leading zeros.")
                                   .arg(text);
            return result;
        }
        result.address = QHostAddress(value);
        result.text = result.address.toString();
        return result;
    }

    if (text.contains(u'%')) {
        result.error = QCoreApplication::translate(
                               "HostAddress", "\"%1\": IPv6 zone ids (%) are not tunnel addresses.")
                               .arg(text);
        return result;
    }
    // QHostAddress accepts "[::1]" and other decorations in some versions: only hex digits,
    // colons and (for an embedded IPv4 tail) dots are allowed.
    for (const QChar c : text) {
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                || (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
        if (!ok) {
            result.error
                    = QCoreApplication::translate("HostAddress", "\"%1\" is not an IPv6 address.")
                              .arg(text);
            return result;
        }
    }
    // An embedded IPv4 tail must be as strict as a plain IPv4 address.
    const qsizetype lastColon = text.lastIndexOf(u':');
    const QString tail = text.mid(lastColon + 1);
    if (tail.contains(u'.')) {
        quint32 ignored = 0;
        if (!parseStrictIPv4(tail, &ignored)) {
            result.error
                    = QCoreApplication::translate("HostAddress", "\"%1\" is not an IPv6 address.")
                              .arg(text);
            return result;
        }
    }
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol) {
        result.error = QCoreApplication::translate("HostAddress", "\"%1\" is not an IPv6 address.")
                               .arg(text);
        return result;
    }
    result.address = address;
    result.text = address.toString();
    return result;
}

bool AddressRange::contains(const QHostAddress &address) const
{
    if (prefixLength < 0 || network.isNull() || address.isNull())
        return false;
    if (address.protocol() != network.protocol())
        return false;
    return maskAddress(address, prefixLength) == network;
}

QString AddressRange::toString() const
{
    if (prefixLength < 0 || network.isNull())
        return {};
    return network.toString() + u'/' + QString::number(prefixLength);
}

std::optional<AddressRange> parseAddressRange(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    const QString addressPart = slash < 0 ? trimmed : trimmed.left(slash);
    const NormalizedAddress address = normalizeHostAddress(addressPart);
    if (!address.isValid()) {
        if (error)
            *error = address.error;
        return std::nullopt;
    }
    const bool v4 = address.address.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = v4 ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const QString prefixText = trimmed.mid(slash + 1);
        bool ok = !prefixText.isEmpty() && prefixText.size() <= 3;
        for (const QChar c : prefixText)
            ok = ok && c >= u'0' && c <= u'9';
        prefix = ok ? prefixText.toInt() : -1;
        if (!ok || prefix > maxPrefix) {
            if (error) {
                //: %1 is the range as typed, %2 the largest prefix length (32 or 128).
                *error = QCoreApplication::translate(
                                 "HostAddress", "\"%1\" has an invalid prefix length: use 0 to %2.")
                                 .arg(trimmed)
                                 .arg(maxPrefix);
            }
            return std::nullopt;
        }
    }
    AddressRange range;
    range.prefixLength = prefix;
    range.network = maskAddress(address.address, prefix);
    if (error)
        error->clear();
    return range;
}
