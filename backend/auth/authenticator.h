#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QNetworkRequest;
class SecurityContext;

// How a WsmanClient proves who it is. Two families:
// - header schemes (Basic): the same Authorization header on every request, prepare();
// - connection schemes (Negotiate with Kerberos or NTLM): a security context per TCP connection,
//   createContext(); WsmanClient then keeps one persistent connection and, over http, seals every
//   message with that context (protocol.md §2.2).
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // The HTTP scheme name, e.g. "Basic" or "Negotiate".
    virtual QString scheme() const = 0;
    // True when the credentials travel readable by anyone on the path unless TLS protects them.
    virtual bool exposesSecretsWithoutTls() const = 0;
    // Header schemes: adds the credentials to a request, sent up front (a server may hold a
    // connection that sent none). Connection schemes add nothing here.
    virtual void prepare(QNetworkRequest &request);
    // True for connection schemes.
    virtual bool isConnectionBased() const { return false; }
    // Connection schemes: a new context for one connection to `host` (the URL's host; the
    // authenticator may target another service name). `channelBindings` is the RFC 5929
    // tls-server-end-point data of the TLS connection ("tls-server-end-point:" + certificate
    // hash), empty over http. Credential problems surface from the context's first step().
    virtual std::unique_ptr<SecurityContext> createContext(const QString &host,
                                                           const QByteArray &channelBindings);
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
