#pragma once

#include <QByteArray>
#include <QString>

class QNetworkRequest;

// How a WsmanClient proves who it is. Basic lives here; Negotiate (Kerberos, NTLM) and message
// sealing come with their own implementation later, behind the same interface.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // The HTTP scheme name, e.g. "Basic".
    virtual QString scheme() const = 0;
    // True when the credentials travel readable by anyone on the path unless TLS protects them.
    virtual bool exposesSecretsWithoutTls() const = 0;
    // Adds the credentials to a request, sent up front (a server may hold a connection that sent none).
    virtual void prepare(QNetworkRequest &request) = 0;
};

class BasicAuthenticator final : public Authenticator
{
public:
    BasicAuthenticator(QString user, QString password);
    QString scheme() const override;
    bool exposesSecretsWithoutTls() const override { return true; }
    void prepare(QNetworkRequest &request) override;

private:
    QByteArray m_headerValue; // "Basic base64(user:password)": never logged
};
