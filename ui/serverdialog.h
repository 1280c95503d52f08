#pragma once

#include "rras/serverprofile.h"
#include "wsman/wsmanerror.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

class ConnectionTest;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QToolButton;

// Add or edit one server: where it is, how to sign in, what to target, how often to poll, with
// inline validation and "Test connection" (a real listing, run asynchronously). The password
// never becomes part of the profile: password() hands it to the caller, who keeps it in memory
// or in the keychain.
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)
public:
    // Where the password of an edited server currently lives; decides the password field's hint
    // and whether leaving it empty is acceptable.
    enum class KnownPassword { None, Session, Keychain };

    // `nam` runs "Test connection" and must outlive the dialog.
    ServerDialog(const ServerProfile &profile, QNetworkAccessManager *nam,
                 QWidget *parent = nullptr);
    ~ServerDialog() override;

    // The profile as edited (the id of the one given).
    ServerProfile profile() const;
    // What the user typed; empty when the field was left empty (see passwordEntered()).
    QString password() const;
    bool passwordEntered() const;

    // For an edited server: its current password (used by "Test connection" when none is typed)
    // and where it lives.
    void setKnownPassword(const QString &password, KnownPassword where);
    // Names of the other servers: a second server of the same name is refused, so that
    // `rrasctl --profile NAME` stays unambiguous.
    void setOtherNames(const QStringList &names);
    // When the keychain is known to be unavailable: "remember" is disabled and `reason` shown.
    void setKeychainUnavailable(const QString &reason);

    // Every problem with the input, one line each, in form order; empty when it can be saved.
    QStringList validationErrors() const;
    // The inline message shown under a field ("" when none): host, user, password, name,
    // authentication, unencrypted.
    QString fieldError(const QString &field) const;

    // "Test connection": starts a listing with the profile and password as they stand.
    void testConnection();
    bool isTesting() const;
    QString testResultText() const;

    // Widgets, for tests and accessibility checks.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QComboBox *schemeCombo() const { return m_scheme; }
    QSpinBox *portSpin() const { return m_port; }
    QComboBox *authCombo() const { return m_auth; }
    QLabel *authNote() const { return m_authNote; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QCheckBox *allowUnencryptedCheck() const { return m_allowUnencrypted; }
    QLabel *unencryptedWarning() const { return m_unencryptedWarning; }
    QLineEdit *computerNameEdit() const { return m_computerName; }
    QSpinBox *intervalSpin() const { return m_interval; }
    QSpinBox *envelopeSpin() const { return m_envelope; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *showCertificateButton() const { return m_showCertificate; }
    QLabel *pinLabel() const { return m_pinLabel; }
    QPushButton *okButton() const { return m_ok; }

Q_SIGNALS:
    void testFinished();

private:
    void buildForm();
    void schemeChanged();
    void hostEdited();
    void validate();
    void updatePin();
    void fitHeightLater();
    void onTestFinished();
    void showCertificate();
    // The field with its inline message below it, in one widget for the form's field column.
    QWidget *withError(QWidget *field, const QString &key);
    void setFieldError(const QString &key, const QString &text);

    ServerProfile m_profile;
    QNetworkAccessManager *m_nam;
    QByteArray m_pinnedSha256; // as edited: pinned from a test, or forgotten
    QString m_knownPassword;
    KnownPassword m_known = KnownPassword::None;
    QStringList m_otherNames;
    QString m_keychainReason;
    QPointer<ConnectionTest> m_test;
    WsmanError m_lastTestError; // of the last finished test, for "Show Certificate…"

    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_scheme = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_authNote = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QCheckBox *m_allowUnencrypted = nullptr;
    QLabel *m_unencryptedWarning = nullptr;
    QLineEdit *m_computerName = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_envelope = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_pinLabel = nullptr;
    QToolButton *m_forgetPin = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_showCertificate = nullptr;
    QPushButton *m_ok = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    bool m_fitPending = false;
};
