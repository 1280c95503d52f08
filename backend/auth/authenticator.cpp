#include "authenticator.h"

#include "securitycontext.h"

#include <QNetworkRequest>

void Authenticator::prepare(QNetworkRequest &request)
{
    Q_UNUSED(request)
}

std::unique_ptr<SecurityContext> Authenticator::createContext(const QString &host,
                                                              const QByteArray &channelBindings)
{
    Q_UNUSED(host)
    Q_UNUSED(channelBindings)
    return nullptr;
}

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
