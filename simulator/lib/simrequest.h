#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The simulator's own reading of a WS-Management request (protocol.md §2.4, §2.5): namespace
// aware, matching local names, refusing DOCTYPE and entity declarations. Independent of the
// client's envelope writer on purpose.
struct SimRequest
{
    struct Parameter
    {
        QString name;       // as sent
        QStringList values; // repeated elements = array items; text of nested elements included
        bool nil = false;   // one element with xsi:nil="true"
    };

    QString to;
    QString resourceUri;
    QString action;
    QString messageId;
    bool replyToPresent = false;
    QString replyTo;
    QString maxEnvelopeSize;           // as sent; empty = absent
    QString operationTimeout;          // xs:duration as sent; empty = absent
    bool localeMustUnderstand = false; // w:Locale or p:DataLocale with mustUnderstand="true"
    QString notUnderstoodName; // first unknown header with mustUnderstand="true" (local name)
    QString notUnderstoodNamespace;
    QList<QPair<QString, QString>> selectors; // w:SelectorSet (Name, value)

    QString bodyElement; // local name of the Body's first child, e.g. "DisconnectByHostIP_INPUT"
    QString bodyNamespace;
    QList<Parameter> parameters;

    // Parses a SOAP 1.2 envelope. On failure returns false and sets *error (for the fault text).
    bool parse(const QByteArray &body, QString *error);

    const Parameter *parameter(const QString &name) const; // case-insensitive, as WMI is
    // "http://…/PS_VpnUser/DisconnectByHostIP" -> "DisconnectByHostIP" when the action extends the
    // resource URI (compared case-insensitively); empty otherwise.
    QString method() const;
};

// xs:duration ("PT60S", "PT0.5S", "P1DT2H") in milliseconds; -1 when malformed.
qint64 parseXsDuration(const QString &text);
