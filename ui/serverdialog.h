#pragma once

#include "rras/serverprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Add or edit one server: where it is, how to log in, what to target, how often to poll.
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)
public:
    explicit ServerDialog(const ServerProfile &profile, QWidget *parent = nullptr);

    ServerProfile profile() const; // the id of the profile given, the fields as edited
    QString password() const;
    // Empty when the input is acceptable; otherwise what to fix.
    QString validationError() const;

private:
    void schemeChanged();
    void validate();

    ServerProfile m_profile;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QComboBox *m_scheme;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_allowUnencrypted;
    QLabel *m_unencryptedWarning;
    QLineEdit *m_computerName;
    QSpinBox *m_interval;
    QSpinBox *m_envelope;
    QSpinBox *m_timeout;
    QLabel *m_error;
    QPushButton *m_ok;
};
