#pragma once

#include "addresslistmatcher.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

// "Disconnect by list…": paste addresses and CIDR ranges, see which sessions on every server
// match and which entries matched nothing or did not parse, then go on to the usual confirmation.
class DisconnectByListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectByListDialog)
public:
    using SessionSource = std::function<QList<AddressListMatcher::Session>()>;
    explicit DisconnectByListDialog(SessionSource sessions, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *continueButton() const { return m_continue; }
    const AddressListMatcher::Result &result() const { return m_result; }
    // The keys matched when the user pressed Continue (captured then, not re-read later).
    QList<SessionKey> matchedKeys() const;
    // Recompute the preview now (it also follows typing, after a short pause).
    void updatePreview();

private:
    SessionSource m_sessions;
    QPlainTextEdit *m_editor;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    QLabel *m_summary;
    QLabel *m_problems;
    QPushButton *m_continue;
    QTimer *m_debounce;
    AddressListMatcher::Result m_result;
};
