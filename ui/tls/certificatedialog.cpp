#include "certificatedialog.h"

#include "icons.h"
#include "rras/serverconnection.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSslCertificateExtension>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString joinedInfo(const QSslCertificate &certificate, bool subject)
{
    // The parts people recognise, most specific first.
    const QList<QSslCertificate::SubjectInfo> fields
            = {QSslCertificate::CommonName, QSslCertificate::Organization,
               QSslCertificate::OrganizationalUnitName, QSslCertificate::LocalityName,
               QSslCertificate::CountryName};
    QStringList parts;
    for (const QSslCertificate::SubjectInfo field : fields) {
        const QStringList values
                = subject ? certificate.subjectInfo(field) : certificate.issuerInfo(field);
        for (const QString &value : values)
            parts.append(value);
    }
    return parts.join(QLatin1String(", "));
}

// 32 bytes as "AB:CD:…" in two lines of 16, easier to compare than one long line.
QString twoLines(const QString &fingerprint)
{
    constexpr qsizetype half = 16 * 3;
    if (fingerprint.size() <= half)
        return fingerprint;
    return fingerprint.left(half) + QLatin1Char('\n') + fingerprint.mid(half);
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // No word wrap: a wrapped label in a form gets the height of one line in some styles,
    // and a cut-off fingerprint or name is worse than a wide dialog. Long lists break
    // explicitly (see below).
    label->setWordWrap(false);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(Mode mode, const QString &serverName, const QUrl &url,
                                     const QList<QSslCertificate> &chain, const QByteArray &sha256,
                                     const QString &reason, const QByteArray &pinnedSha256,
                                     QWidget *parent)
    : QDialog(parent), m_mode(mode), m_sha256(sha256)
{
    setObjectName(QStringLiteral("CertificateDialog"));
    setWindowTitle(mode == Mode::Changed ? tr("Certificate Changed") : tr("Untrusted Certificate"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap((mode == Mode::Changed ? Icons::error() : Icons::warning())
                            .pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    icon->setAccessibleName(mode == Mode::Changed ? tr("Error") : tr("Warning"));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    const QString where = url.host() + QLatin1Char(':') + QString::number(url.port());
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    if (mode == Mode::Changed) {
        //: %1 server name, %2 host:port
        m_headline->setText(
                tr("Warning: %1 (%2) presents a different certificate from the one pinned for "
                   "it. Someone may be intercepting the connection, or the server's certificate "
                   "was replaced. The console refuses this server until you pin the new "
                   "certificate. Do so only after confirming its fingerprint with the server's "
                   "administrator.")
                        .arg(serverName, where));
        QPalette warning = m_headline->palette();
        warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_headline->setPalette(warning);
    } else {
        m_headline->setText(tr("No certificate authority this computer trusts vouches for the "
                               "certificate of %1 (%2). Compare its SHA-256 fingerprint with the "
                               "server's own before you pin it; once pinned, the console accepts "
                               "this certificate, and only this one, for this server.")
                                    .arg(serverName, where));
    }
    top->addWidget(m_headline, 1);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QSslCertificate certificate = chain.value(0);
    if (!certificate.isNull()) {
        form->addRow(tr("Subject:"), valueLabel(joinedInfo(certificate, true), this));
        form->addRow(tr("Issuer:"),
                     valueLabel(certificate.isSelfSigned()
                                        ? tr("%1 (self-signed)").arg(joinedInfo(certificate, false))
                                        : joinedInfo(certificate, false),
                                this));
        const QLocale locale;
        const QDateTime from = certificate.effectiveDate().toLocalTime();
        const QDateTime until = certificate.expiryDate().toLocalTime();
        QString validity = tr("%1 to %2")
                                   .arg(locale.toString(from, QLocale::ShortFormat),
                                        locale.toString(until, QLocale::ShortFormat));
        const QDateTime now = QDateTime::currentDateTime();
        //: %1 is the validity period ("... to ...").
        if (until < now)
            validity = tr("%1 (expired)").arg(validity);
        //: %1 is the validity period ("... to ...").
        else if (from > now)
            validity = tr("%1 (not valid yet)").arg(validity);
        form->addRow(tr("Valid:"), valueLabel(validity, this));
        QStringList names;
        const auto alternates = certificate.subjectAlternativeNames();
        for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
            names.append(it.value());
        if (!names.isEmpty()) {
            QStringList lines;
            constexpr qsizetype perLine = 4;
            for (qsizetype i = 0; i < names.size(); i += perLine)
                lines.append(names.mid(i, perLine).join(QLatin1String(", ")));
            form->addRow(tr("Names:"), valueLabel(lines.join(QLatin1Char('\n')), this));
        }
    }
    // The TLS layer's words, without the fingerprint it appends (shown below on its own).
    QString why = reason;
    if (const qsizetype cut = why.indexOf(QLatin1String("; certificate SHA-256")); cut > 0)
        why.truncate(cut);
    // A changed certificate is explained by the headline and the two fingerprints.
    if (!why.isEmpty() && mode == Mode::Untrusted) {
        // Several TLS errors come joined with "; ": one per line.
        form->addRow(tr("Refused because:"),
                     valueLabel(why.replace(QLatin1String("; "), QLatin1String("\n")), this));
    }

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint = valueLabel(twoLines(formatSha256Fingerprint(sha256)), this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(mono);
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    form->addRow(tr("SHA-256:"), m_fingerprint);
    if (!certificate.isNull()) {
        auto *thumbprint = valueLabel(
                QString::fromLatin1(certificate.digest(QCryptographicHash::Sha1).toHex().toUpper()),
                this);
        thumbprint->setFont(mono);
        //: Windows lists certificates by their SHA-1 thumbprint (e.g. in winrm's listener).
        form->addRow(tr("Thumbprint (SHA-1):"), thumbprint);
    }
    if (mode == Mode::Changed && !pinnedSha256.isEmpty()) {
        auto *pinned = valueLabel(twoLines(formatSha256Fingerprint(pinnedSha256)), this);
        pinned->setObjectName(QStringLiteral("pinnedFingerprint"));
        pinned->setFont(mono);
        form->addRow(tr("Pinned until now:"), pinned);
    }
    layout->addLayout(form);

    if (mode == Mode::Changed) {
        m_confirm = new QCheckBox(
                tr("I have confirmed the new fingerprint with the server's administrator"), this);
        m_confirm->setObjectName(QStringLiteral("confirmNewCertificate"));
        layout->addWidget(m_confirm);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_pin = buttons->addButton(mode == Mode::Changed ? tr("&Pin the New Certificate")
                                                     : tr("&Pin This Certificate"),
                               QDialogButtonBox::AcceptRole);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_cancel
            = buttons->addButton(mode == Mode::Changed ? tr("Keep &Refusing") : tr("Do &Not Trust"),
                                 QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    // Trusting is never what Enter does.
    m_pin->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_confirm) {
        m_pin->setEnabled(false);
        connect(m_confirm, &QCheckBox::toggled, m_pin, &QPushButton::setEnabled);
    }
    if (sha256.isEmpty())
        m_pin->setEnabled(false);
    // Wrapped labels need their height for the width they get: never smaller than that.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(640);
}

void CertificateDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Word-wrapped text needs the height its width gives it, which a layout's minimum size
    // does not account for.
    QMetaObject::invokeMethod(
            this,
            [this] {
                QLayout *l = layout();
                l->activate();
                if (l->hasHeightForWidth()) {
                    const int needed = l->totalHeightForWidth(width());
                    if (needed > height())
                        resize(width(), needed);
                }
            },
            Qt::QueuedConnection);
}

QString CertificateDialog::fingerprintText() const
{
    return m_fingerprint->text().remove(QLatin1Char('\n'));
}

QString CertificateDialog::warningText() const
{
    return m_headline->text();
}
