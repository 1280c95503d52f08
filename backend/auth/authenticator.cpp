#include "authenticator.h"

#include <QNetworkRequest>

BasicAuthenticator::BasicAuthenticator(QString user, QString password)
    : m_headerValue(QByteArrayLiteral("Basic ")
                    + (user + QLatin1Char(':') + password).toUtf8().toBase64())
{
    // UTF-8 as RFC 7617's charset="UTF-8" asks; ASCII credentials encode the same either way.
}

QString BasicAuthenticator::scheme() const
{
    return QStringLiteral("Basic");
}

void BasicAuthenticator::prepare(QNetworkRequest &request)
{
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_headerValue);
}
