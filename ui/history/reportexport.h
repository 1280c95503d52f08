#pragma once

#include "report/reportwriter.h"

#include <QFileDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class HistoryStore;
class QWidget;

// "Export Report…" for the History view and the results dialog: a file dialog (opened, never
// exec()'d), the format from the chosen filter or the file's suffix, the report written
// atomically, and a message when it fails. CSV gets a byte order mark so that Excel reads UTF-8.
class ReportExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExport)
public:
    // Neither is owned.
    ReportExport(HistoryStore *store, QWidget *parent);

    // Asks where to write a report of these jobs, then writes it.
    void start(const QList<qint64> &jobIds);
    QFileDialog *fileDialog() const { return m_dialog; }

    // Writes a report of the jobs to `path`. false with *error saying why (the old file, if
    // any, is left as it was).
    static bool write(const HistoryStore &store, const QList<qint64> &jobIds, const QString &path,
                      ReportFormat format, QString *error);
    static QStringList nameFilters(); // in ReportFormat order

Q_SIGNALS:
    void written(const QString &path);
    void failed(const QString &error);

private:
    HistoryStore *m_store;
    QWidget *m_parent;
    QPointer<QFileDialog> m_dialog;
};
