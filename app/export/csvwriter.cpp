#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace actidesk {

QString CsvWriter::field(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::addRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += field(fields.at(i), m_delimiter);
    }
    line += u"\r\n"_s;
    m_data += line.toUtf8();
}

} // namespace actidesk
