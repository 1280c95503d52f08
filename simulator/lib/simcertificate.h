#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

// A self-signed server certificate made at start (OpenSSL's C API), valid for 127.0.0.1, ::1,
// localhost and the server's name, so that clients can verify it against a CA file.
struct SimCertificate
{
    QSslCertificate certificate;
    QSslKey privateKey;

    static std::optional<SimCertificate> create(const QString &serverName, QString *error);
    // Lower-case hex SHA-256 of the DER form, as the "CERT" line prints it.
    QString sha256Hex() const;
};
