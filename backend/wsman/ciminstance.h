#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

struct CimInstance;

// One value of a WS-Man reply: NULL (xsi:nil), text (scalars; a cim:Datetime's inner text), or
// an embedded instance. Arrays are repeated properties of the same name.
struct CimValue
{
    bool isNull = false;
    QString text;
    std::shared_ptr<const CimInstance> instance;

    bool isInstance() const { return instance != nullptr; }
};

// An embedded instance, or a method's output element with its out-parameters as properties.
// Properties keep document order; names are local names (no prefix, no namespace).
struct CimInstance
{
    QString typeName; // local part of xsi:type, e.g. "RemoteAccessMonitoringConnection_Type"
    QList<std::pair<QString, CimValue>> properties;

    // Every value named `name`, in document order (an array). Nil entries included.
    QList<CimValue> values(const QString &name) const;
    // The first value named `name`, or nullopt when absent.
    std::optional<CimValue> value(const QString &name) const;
    // The first value's text; empty when absent or nil.
    QString text(const QString &name) const;
    // Texts of every non-nil value named `name`.
    QStringList texts(const QString &name) const;
    bool contains(const QString &name) const;
};

// A parsed Invoke reply (protocol.md §2.6, §2.6a).
struct InvokeResult
{
    QString action;
    QString messageId;
    QString relatesTo;
    QString outputElement; // local name of the Body's first child, e.g.
                           // "GetByActiveStatistics_OUTPUT"
    std::optional<quint32> returnValue;
    CimInstance output; // out-parameters (cmdletOutput, ...) and ReturnValue as properties
};

// Helpers for the text of CIM values as WS-Man sends them (protocol.md §2.6a).
// "true"/"TRUE"/"1" and "false"/"FALSE"/"0"; nullopt otherwise.
std::optional<bool> parseCimBoolean(const QString &text);
// Decimal integers (surrounding whitespace allowed); nullopt when not a number or out of range.
std::optional<quint64> parseCimUnsigned(const QString &text);
std::optional<qint64> parseCimSigned(const QString &text);
// ISO 8601 with any number of fractional digits ("2024-03-05T14:07:09.123456+01:00", "...Z"), or
// the DMTF form "20240305140709.123456+060". Invalid QDateTime when neither.
QDateTime parseCimDateTime(const QString &text);
// A cim:Interval / xs:duration without years and months ("P1DT2H3M4.000005S") in milliseconds;
// nullopt when not one or beyond qint64.
std::optional<qint64> parseCimIntervalMs(const QString &text);
