#include "simcertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cctype>
#include <memory>

namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code != 0)
        ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QCoreApplication::translate("SimCertificate", "certificate: %1 failed: %2")
            .arg(QString::fromLatin1(what), QString::fromLatin1(buffer));
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

std::optional<SimCertificate> SimCertificate::create(const QString &serverName, QString *error)
{
    auto failed = [error](const char *what) -> std::optional<SimCertificate> {
        if (error)
            *error = opensslError(what);
        return std::nullopt;
    };

    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("EVP_EC_gen");
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return failed("X509_new");

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed("RAND_bytes");
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialOk)
        return failed("serial number");

    // Backdated an hour so that a client with a slightly slow clock accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600))
        return failed("validity");
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return failed("X509_set_pubkey");

    const QByteArray commonName = serverName.toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("RRAS Simulator"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1,
                               -1, 0);
    if (X509_set_issuer_name(cert.get(), name) != 1)
        return failed("X509_set_issuer_name");

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // A server name that is not a valid DNS label is simply left out of the SAN.
    QByteArray san = "IP:127.0.0.1,IP:::1,DNS:localhost";
    bool dnsSafe = !commonName.isEmpty();
    for (char c : commonName)
        dnsSafe = dnsSafe && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.');
    if (dnsSafe && commonName != "localhost")
        san += ",DNS:" + commonName;
    if (!addExtension(cert.get(), &ctx, NID_subject_alt_name, san)
        || !addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash"))
        return failed("X509V3 extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed("X509_sign");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
                != 1)
        return failed("PEM encoding");

    SimCertificate result;
    result.certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    result.privateKey = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem);
    if (result.certificate.isNull() || result.privateKey.isNull()) {
        if (error)
            *error = QCoreApplication::translate("SimCertificate",
                                                 "certificate: Qt could not load the generated "
                                                 "certificate or key");
        return std::nullopt;
    }
    return result;
}

QString SimCertificate::sha256Hex() const
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}
