#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace actidesk {

// Writes RFC 4180 CSV: UTF-8, records end with CRLF, a field is quoted when it holds the
// delimiter, a quote, CR or LF (or starts or ends with a space), quotes inside doubled.
// A formula-looking first character ("=", "+", "-", "@") is written as it is: the file is data,
// and a spreadsheet that evaluates it is asked to by its user.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',') : m_delimiter(delimiter) { }

    void addRecord(const QStringList &fields);
    QByteArray data() const { return m_data; }
    QChar delimiter() const { return m_delimiter; }

    // One field as it appears in the file (quoted when needed).
    static QString field(const QString &value, QChar delimiter = u',');

private:
    QChar m_delimiter;
    QByteArray m_data;
};

} // namespace actidesk
