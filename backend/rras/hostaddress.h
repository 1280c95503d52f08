#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// Tunnel addresses as a user types them and as the server reports them.
// IPv4 must be four decimal octets 0-255 (no leading-zero octal, no shorthand like "10.1");
// IPv6 per RFC 4291 without a zone id. The normal form is QHostAddress::toString(): compressed,
// lower-case IPv6, dotted IPv4. IPv4-mapped IPv6 stays IPv6.
struct NormalizedAddress
{
    QString input; // as given (trimmed)
    QString text; // normal form; empty when invalid
    QHostAddress address; // null when invalid
    QString error; // why it is invalid, for the user (translated)

    bool isValid() const { return !text.isEmpty(); }
};

NormalizedAddress normalizeHostAddress(const QString &input);

// An address or a CIDR range ("10.0.0.0/8", "2001:db8::/32", or a single address = /32 or /128).
struct AddressRange
{
    QHostAddress network; // masked to the prefix
    int prefixLength = -1;

    bool contains(const QHostAddress &address) const;
    QString toString() const;
};

// nullopt with *error set when the text is not an address or range. A range whose host bits
// are set ("10.1.2.3/8") is accepted and masked.
std::optional<AddressRange> parseAddressRange(const QString &text, QString *error = nullptr);
