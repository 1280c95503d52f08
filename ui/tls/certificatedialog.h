#pragma once

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QCheckBox;
class QLabel;
class QPushButton;

// What the user needs to decide whether to trust a server's certificate: subject, issuer,
// validity, the names it is valid for and its SHA-256 fingerprint (plus the SHA-1 thumbprint
// Windows shows). Accepted means "pin this certificate for this server".
//
// Untrusted: no CA vouches for it (self-signed, unknown issuer, wrong name).
// Changed: the server presents another certificate than the one pinned for it. Shown as a
// warning; re-pinning needs an explicit confirmation first. Cancel is the default either way.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)
public:
    enum class Mode { Untrusted, Changed };

    // `chain`: the server's certificate first (may be empty when only the digest is known);
    // `sha256`: the raw digest of the server's certificate; `reason`: why it was refused, in the
    // TLS layer's words; `pinnedSha256`: the pin it contradicts (Changed).
    CertificateDialog(Mode mode, const QString &serverName, const QUrl &url,
                      const QList<QSslCertificate> &chain, const QByteArray &sha256,
                      const QString &reason, const QByteArray &pinnedSha256 = {},
                      QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QByteArray sha256() const { return m_sha256; } // what accepting pins
    QPushButton *pinButton() const { return m_pin; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *confirmCheck() const { return m_confirm; } // null unless Changed
    QString fingerprintText() const;                      // as shown
    QString warningText() const;                          // the headline, as shown

protected:
    void showEvent(QShowEvent *event) override;

private:
    Mode m_mode;
    QByteArray m_sha256;
    QLabel *m_headline = nullptr;
    QLabel *m_fingerprint = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_cancel = nullptr;
};
