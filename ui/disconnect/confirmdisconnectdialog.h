#pragma once

#include "confirmrequest.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Disconnect N sessions?" with the users and servers named, warnings, an optional reason, Cancel
// as the default button, and above the threshold a field where the user types the count.
class ConfirmDisconnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDisconnectDialog)
public:
    explicit ConfirmDisconnectDialog(const ConfirmRequest &request, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *countEdit() const { return m_countEdit; } // null when not required
    QLineEdit *reasonEdit() const { return m_reasonEdit; }
    QPushButton *disconnectButton() const { return m_disconnectButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    void updateButtons();

    ConfirmRequest m_request;
    QLineEdit *m_countEdit = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

// The confirmer the console uses: the dialog above, opened window-modal with open().
class DialogConfirmer final : public DisconnectConfirmer
{
public:
    void confirm(const ConfirmRequest &request, QWidget *parent, Done done) override;
};
