// ByteWriting (backend/wsman/bytewriting.h): the sink that rrasctl's JSON/CSV and rras-sim's
// replies are written through, checked against plain QByteArray appends, through its growth,
// finish() and writing on after it.

#include "wsman/bytewriting.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

class TestByteWriting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void piecesAsAppended_data();
    void piecesAsAppended();
    void finishThenWriteOn();
    void appendsToWhatIsThere();
    void numbers_data();
    void numbers();
    void isoSeconds_data();
    void isoSeconds();
};

void TestByteWriting::piecesAsAppended_data()
{
    QTest::addColumn<qsizetype>("expected"); // the room asked for at first
    QTest::addColumn<int>("pieces");
    QTest::newRow("room for everything") << qsizetype(1 << 20) << 2000;
    QTest::newRow("no room: grows many times") << qsizetype(0) << 2000;
    QTest::newRow("one byte of room") << qsizetype(1) << 50;
    QTest::newRow("nothing written") << qsizetype(100) << 0;
}

void TestByteWriting::piecesAsAppended()
{
    QFETCH(qsizetype, expected);
    QFETCH(int, pieces);
    QRandomGenerator random(7);
    QByteArray written;
    QByteArray reference;
    {
        ByteWriting::Sink sink(written, expected);
        for (int i = 0; i < pieces; ++i) {
            // Pieces of 0 to 300 bytes, some larger than all the room made so far.
            QByteArray piece(random.bounded(i % 97 == 0 ? 5000 : 300), 'a' + char(i % 26));
            switch (i % 5) {
            case 0:
                sink += piece;
                break;
            case 1:
                ByteWriting::put(sink, piece.constData(), piece.size());
                break;
            case 2:
                piece = "<p:Name>";
                ByteWriting::put(sink, "<p:Name>");
                break;
            case 3: {
                piece = "x";
                sink += 'x';
                break;
            }
            default: {
                const std::u16string ascii(size_t(piece.size()), u'q');
                piece.fill('q');
                ByteWriting::putAscii(sink, ascii.data(), ascii.data() + ascii.size());
            }
            }
            reference += piece;
        }
    } // the sink's end cuts the array to what was written
    QCOMPARE(written.size(), reference.size());
    QCOMPARE(written, reference);
}

void TestByteWriting::finishThenWriteOn()
{
    QByteArray written;
    ByteWriting::Sink sink(written, 4);
    ByteWriting::put(sink, "head,");
    sink.finish();
    QCOMPARE(written, QByteArray("head,"));
    const QByteArray copy = written; // shared with the sink's array
    sink.finish();                   // nothing to do: the copy stays as it was
    QCOMPARE(written.constData(), copy.constData());
    for (int i = 0; i < 1000; ++i)
        ByteWriting::putNumber(sink, i);
    sink.finish();
    QByteArray expected = "head,";
    for (int i = 0; i < 1000; ++i)
        expected += QByteArray::number(i);
    QCOMPARE(written, expected);
    QCOMPARE(copy, QByteArray("head,"));
}

void TestByteWriting::appendsToWhatIsThere()
{
    QByteArray written = "[\n";
    {
        ByteWriting::Sink sink(written);
        ByteWriting::put(sink, "1,2");
    }
    QCOMPARE(written, QByteArray("[\n1,2"));
}

void TestByteWriting::numbers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::newRow("0") << qint64(0);
    QTest::newRow("-1") << qint64(-1);
    QTest::newRow("2^32") << (qint64(1) << 32);
    QTest::newRow("max") << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << std::numeric_limits<qint64>::min();
}

void TestByteWriting::numbers()
{
    QFETCH(qint64, value);
    QByteArray written;
    {
        ByteWriting::Sink sink(written, 0);
        ByteWriting::putNumber(sink, value);
        ByteWriting::putNumber(sink, quint64(std::numeric_limits<quint64>::max()));
    }
    QCOMPARE(written, QByteArray::number(value) + QByteArray::number(~quint64(0)));
}

void TestByteWriting::isoSeconds_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<bool>("written");
    QTest::newRow("2024") << QDateTime(QDate(2024, 5, 1), QTime(9, 13, 22, 500), Qt::UTC) << true;
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC) << true;
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC)
                               << true;
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC) << false;
    QTest::newRow("year 0") << QDateTime(QDate(0, 1, 1), QTime(0, 0), Qt::UTC) << false;
}

void TestByteWriting::isoSeconds()
{
    QFETCH(QDateTime, time);
    QFETCH(bool, written);
    QByteArray bytes;
    bool done = false;
    {
        ByteWriting::Sink sink(bytes);
        done = ByteWriting::putIsoSeconds(sink, time);
    }
    QCOMPARE(done, written);
    QCOMPARE(bytes, written ? time.toString(u"yyyy-MM-ddTHH:mm:ss").toUtf8() : QByteArray());
}

QTEST_GUILESS_MAIN(TestByteWriting)
#include "tst_bytewriting.moc"
