#pragma once

#include "commandline.h"
#include "output.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

class HistoryStore;
class QNetworkAccessManager;
class QThreadPool;
class WsmanClient;
class WsmanRrasClient;

// Runs one rrasctl command against its servers without blocking: every server's request starts at
// once, and finished(exitCode) follows when the last one has answered. Data goes to standard
// output, progress and errors to standard error.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)
public:
    // `password` is used only when options.user is set.
    Runner(CliOptions options, QString password, QObject *parent = nullptr);
    ~Runner() override;

    // false with *error set when the options cannot be used (an unreadable --ca file): a usage
    // error, nothing was sent.
    bool start(QString *error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    WsmanRrasClient *makeClient(const QUrl &url);
    void startList();
    void startDisconnect();
    void startNextListing();
    // Listing `i` is in (formatted, or failed): writes what is ready, finishes after the last.
    void listingDone(qsizetype i);
    void writeReadyListings();
    void finishList();
    void startHistory();
    void startReport();
    // Opens the history for reading (read-only when it cannot be written). false with *error.
    bool openHistoryForReading(QString *error);
    QString dataDirectory() const;

    CliOptions m_options;
    QString m_password;
    QList<QSslCertificate> m_caCertificates;
    QNetworkAccessManager *m_nam;
    QList<WsmanClient *> m_wsmanClients;

    // list: at most options.parallel listings in flight, started in --server order. json and csv
    // are written as soon as a server and all before it have answered, each server's rows
    // formatted when they arrive and the tunnels dropped; table needs every row for its widths.
    QList<QList<ServerTunnel>> m_listed; // table: per server, in --server order
    QList<QByteArray> m_formatted;       // json, csv: per server, until written
    QList<bool> m_done;                  // per server: answered (or failed)
    qsizetype m_nextListing = 0;         // the next server to query
    qsizetype m_nextToWrite = 0;         // the next server to write (json, csv)
    bool m_anyRowWritten = false;
    qsizetype m_tunnelCount = 0;
    int m_pendingListings = 0;
    bool m_anyListingFailed = false;
    // Where every listing's reply is parsed: one pool of a thread per core for all servers, not
    // a thread per client (eight parses at once on two cores only shared them out, each with
    // its reply, Tunnels and allocator arena resident).
    QThreadPool *m_parsePool = nullptr;

    // the history
    HistoryStore *m_store = nullptr;
};
